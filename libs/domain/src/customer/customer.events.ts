/** Events of a customer stream (`customer-<customerId>`): the organisation and its contacts. */
export type CustomerEvent =
  | { type: 'CustomerRegistered'; data: CustomerDetails & { customerId: string; registeredBy: string } }
  | {
      type: 'CustomerDetailsUpdated';
      data: { customerId: string; changes: Partial<CustomerDetails>; updatedBy: string };
    }
  | { type: 'CustomerContactAdded'; data: { customerId: string; contact: CustomerContact; addedBy: string } }
  | { type: 'CustomerContactUpdated'; data: CustomerContactUpdatedData }
  | {
      type: 'CustomerContactRemoved';
      data: { customerId: string; contactId: string; reason?: string; removedBy: string };
    };

export type CustomerEventType = CustomerEvent['type'];

/** The organisation as the forms print it (full name, address, postcode, phone, fax, e-mail). */
export interface CustomerDetails {
  name: string;
  shortName?: string;
  address?: string;
  postcode?: string;
  phone?: string;
  fax?: string;
  email?: string;
}

/** A person of the customer (客户联系人); personal data. */
export interface CustomerContact {
  contactId: string;
  name: string;
  title?: string;
  phone?: string;
  email?: string;
  fax?: string;
}

/** Only the fields that changed are present in `changes`. */
export interface CustomerContactUpdatedData {
  customerId: string;
  contactId: string;
  changes: Partial<Omit<CustomerContact, 'contactId'>>;
  updatedBy: string;
}
