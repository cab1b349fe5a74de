import { ROLES, type Role } from '../shared/actor.js';
import { optionalText, requireText } from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';

export interface RoleBinding {
  roles: Role[];
  customerId?: string;
  contactId?: string;
}

/**
 * Roles are a non-empty set of known roles. `customer` stands alone (a customer contact is not
 * also staff) and needs the customer it belongs to; the other roles take no customer.
 */
export function requireRoleBinding(input: {
  roles?: unknown;
  customerId?: unknown;
  contactId?: unknown;
}): RoleBinding {
  const { roles, customerId, contactId } = input;
  if (!Array.isArray(roles) || roles.length === 0)
    throw new ValidationError('data.roles', 'must name at least one role');
  roles.forEach((role, i) => {
    if (!(ROLES as readonly unknown[]).includes(role)) {
      throw new ValidationError(`data.roles[${i}]`, `must be one of ${ROLES.join(', ')}`);
    }
  });
  const unique = ROLES.filter((role) => roles.includes(role));
  if (!unique.includes('customer')) {
    if (customerId !== undefined || contactId !== undefined) {
      throw new RuleViolationError(
        'customer_binding_without_customer_role',
        'Only a customer contact is bound to a customer',
      );
    }
    return { roles: unique };
  }
  if (unique.length > 1) {
    throw new RuleViolationError(
      'customer_role_exclusive',
      'A customer contact cannot hold staff roles as well',
    );
  }
  if (customerId === undefined) {
    throw new RuleViolationError('customer_required', 'A customer contact must be bound to its customer');
  }
  const binding: RoleBinding = { roles: unique, customerId: requireText(customerId, 'data.customerId', 200) };
  const contact = optionalText(contactId, 'data.contactId', 200);
  if (contact !== undefined) binding.contactId = contact;
  return binding;
}
