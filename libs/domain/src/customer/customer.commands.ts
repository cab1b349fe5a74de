import type { CommandStamp } from '../shared/command-stamp.js';
import type { CustomerContact, CustomerDetails } from './customer.events.js';

/** Commands of a customer; all are the admin's. Optional fields are set, never cleared, by updates. */
export type CustomerCommand =
  | ({ type: 'RegisterCustomer'; data: CustomerDetails & { customerId: string } } & CommandStamp)
  | ({
      type: 'UpdateCustomerDetails';
      data: { customerId: string; changes: Partial<CustomerDetails> };
    } & CommandStamp)
  | ({ type: 'AddCustomerContact'; data: CustomerContact & { customerId: string } } & CommandStamp)
  | ({ type: 'UpdateCustomerContact'; data: UpdateCustomerContactData } & CommandStamp)
  | ({
      type: 'RemoveCustomerContact';
      data: { customerId: string; contactId: string; reason?: string };
    } & CommandStamp);

export type CustomerCommandType = CustomerCommand['type'];

export interface UpdateCustomerContactData {
  customerId: string;
  contactId: string;
  changes: Partial<Omit<CustomerContact, 'contactId'>>;
}
