import { ValidateBy, type ValidationOptions } from 'class-validator';

/** customerId belongs to role 'customer' alone: refused (400) beside any other role. */
export function CustomerIdOnlyForCustomerRole(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'customerIdOnlyForCustomerRole',
      validator: {
        validate: (_value, args) => (args?.object as { role?: unknown }).role === 'customer',
        defaultMessage: () => "customerId must be given for role 'customer' only",
      },
    },
    options,
  );
}
