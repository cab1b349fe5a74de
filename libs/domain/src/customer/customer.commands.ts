import type { CommandContext } from '../shared/command-context.js';
import type { CustomerContact, CustomerDetails } from './customer.events.js';

/** Commands of a customer; all are the admin's. Optional fields are set, never cleared, by updates. */
export type CustomerCommand =
  | ({ type: 'RegisterCustomer'; data: CustomerDetails & { customerId: string } } & CommandContext)
  | ({
      type: 'UpdateCustomerDetails';
      data: { customerId: string; changes: Partial<CustomerDetails> };
    } & CommandContext)
  | ({ type: 'AddCustomerContact'; data: CustomerContact & { customerId: string } } & CommandContext)
  | ({ type: 'UpdateCustomerContact'; data: UpdateCustomerContactData } & CommandContext)
  | ({
      type: 'RemoveCustomerContact';
      data: { customerId: string; contactId: string; reason?: string };
    } & CommandContext);

export type CustomerCommandType = CustomerCommand['type'];

export interface UpdateCustomerContactData {
  customerId: string;
  contactId: string;
  changes: Partial<Omit<CustomerContact, 'contactId'>>;
}
