import type { Actor } from '../shared/actor.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { fold } from '../shared/decider.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { CustomerCommand } from './customer.commands.js';
import { customerDecider } from './customer.decider.js';
import type { CustomerEvent } from './customer.events.js';

const given = DeciderSpecification.for(customerDecider);
const ADMIN: Actor = { id: 'admin-1', role: 'admin' };
const on = (type: CustomerCommand['type'], data: object, actor: Actor = ADMIN): CustomerCommand =>
  ({
    type,
    data: { customerId: 'cu-1', ...data },
    actor,
    now: '2026-01-10T09:00:00+08:00',
  }) as CustomerCommand;

const registered: CustomerEvent = {
  type: 'CustomerRegistered',
  data: {
    customerId: 'cu-1',
    name: 'Sample City Hospital (fictional)',
    postcode: '100000',
    phone: '010-5555-0000',
    registeredBy: 'admin-1',
  },
};
const wang: CustomerEvent = {
  type: 'CustomerContactAdded',
  data: {
    customerId: 'cu-1',
    contact: { contactId: 'k-1', name: 'Dr. Example', title: 'IT head', phone: '010-5555-0101' },
    addedBy: 'admin-1',
  },
};

describe('RegisterCustomer', () => {
  it('registers the organisation with the details given', () => {
    given([])
      .when(
        on('RegisterCustomer', {
          name: 'Sample City Hospital (fictional)',
          postcode: '100000',
          phone: '010-5555-0000',
        }),
      )
      .then([registered]);
  });

  it('refuses an organisation without a name', () => {
    given([])
      .when(on('RegisterCustomer', { name: '' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.name'));
  });

  it('refuses a customer that exists', () => {
    given([registered])
      .when(on('RegisterCustomer', { name: 'Again' }))
      .thenThrows(AlreadyExistsError);
  });

  it('is the admin’s alone', () => {
    given([])
      .when(on('RegisterCustomer', { name: 'X' }, { id: 'agent-1', role: 'agent' }))
      .thenThrows(ForbiddenError);
  });
});

describe('UpdateCustomerDetails', () => {
  it('records only the details that changed', () => {
    given([registered])
      .when(on('UpdateCustomerDetails', { changes: { phone: '010-5555-0000', fax: '010-5555-0009' } }))
      .then([
        {
          type: 'CustomerDetailsUpdated',
          data: { customerId: 'cu-1', changes: { fax: '010-5555-0009' }, updatedBy: 'admin-1' },
        },
      ]);
  });

  it('refuses a customer never registered', () => {
    given([])
      .when(on('UpdateCustomerDetails', { changes: { fax: '1' } }))
      .thenThrows(NotFoundError);
  });
});

describe('contacts', () => {
  it('adds a contact', () => {
    given([registered])
      .when(
        on('AddCustomerContact', {
          contactId: 'k-1',
          name: 'Dr. Example',
          title: 'IT head',
          phone: '010-5555-0101',
        }),
      )
      .then([wang]);
  });

  it('refuses a second contact with the same id', () => {
    given([registered, wang])
      .when(on('AddCustomerContact', { contactId: 'k-1', name: 'Nurse Li' }))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('contact_exists'));
  });

  it('updates a contact’s changed fields', () => {
    given([registered, wang])
      .when(
        on('UpdateCustomerContact', {
          contactId: 'k-1',
          changes: { email: 'wang@bfh.example', title: 'IT head' },
        }),
      )
      .then([
        {
          type: 'CustomerContactUpdated',
          data: {
            customerId: 'cu-1',
            contactId: 'k-1',
            changes: { email: 'wang@bfh.example' },
            updatedBy: 'admin-1',
          },
        },
      ]);
  });

  it('removes a contact, who then is no longer listed', () => {
    const removed: CustomerEvent = {
      type: 'CustomerContactRemoved',
      data: { customerId: 'cu-1', contactId: 'k-1', reason: 'Retired', removedBy: 'admin-1' },
    };
    given([registered, wang])
      .when(on('RemoveCustomerContact', { contactId: 'k-1', reason: 'Retired' }))
      .then([removed]);
  });

  it('lists no removed contact in the state', () => {
    const removed: CustomerEvent = {
      type: 'CustomerContactRemoved',
      data: { customerId: 'cu-1', contactId: 'k-1', removedBy: 'admin-1' },
    };
    expect(fold(customerDecider, [registered, wang, removed])).toMatchObject({ contacts: [] });
  });

  it('refuses to update an unknown contact', () => {
    given([registered])
      .when(on('UpdateCustomerContact', { contactId: 'k-9', changes: { name: 'X' } }))
      .thenThrows(NotFoundError, (e) => expect(e.entity).toBe('contact'));
  });
});
