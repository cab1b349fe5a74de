import type { CustomerContact, CustomerDetails, CustomerEvent } from './customer.events.js';

export interface Customer {
  status: 'active';
  customerId: string;
  details: CustomerDetails;
  contacts: CustomerContact[];
}

export type CustomerState = { status: 'not_registered' } | Customer;

export const initialCustomerState = (): CustomerState => ({ status: 'not_registered' });

export function evolveCustomer(state: CustomerState, event: CustomerEvent): CustomerState {
  if (event.type === 'CustomerRegistered') {
    const { customerId, registeredBy: _by, ...details } = event.data;
    return { status: 'active', customerId, details, contacts: [] };
  }
  if (state.status === 'not_registered') return state;
  switch (event.type) {
    case 'CustomerDetailsUpdated':
      return { ...state, details: { ...state.details, ...event.data.changes } };
    case 'CustomerContactAdded':
      return { ...state, contacts: [...state.contacts, event.data.contact] };
    case 'CustomerContactUpdated': {
      const { contactId, changes } = event.data;
      return {
        ...state,
        contacts: state.contacts.map((c) => (c.contactId === contactId ? { ...c, ...changes } : c)),
      };
    }
    case 'CustomerContactRemoved':
      return { ...state, contacts: state.contacts.filter((c) => c.contactId !== event.data.contactId) };
  }
}
