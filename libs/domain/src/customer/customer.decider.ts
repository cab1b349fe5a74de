import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { assertRole, requireActor, requireCommandShape } from '../shared/command-stamp.js';
import type { Decider } from '../shared/decider.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { defined, optionalText, requireText } from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import type { CustomerCommand } from './customer.commands.js';
import type { CustomerContact, CustomerDetails, CustomerEvent } from './customer.events.js';
import { evolveCustomer, initialCustomerState, type CustomerState } from './customer.state.js';

const COMMAND_TYPES = [
  'RegisterCustomer',
  'UpdateCustomerDetails',
  'AddCustomerContact',
  'UpdateCustomerContact',
  'RemoveCustomerContact',
];

export function decideCustomer(command: CustomerCommand, state: CustomerState): CustomerEvent[] {
  requireCommandShape(command, COMMAND_TYPES);
  const actor = requireActor(command.actor);
  assertRole(actor, command.type, ['admin']);
  if (command.type === 'RegisterCustomer') {
    if (state.status !== 'not_registered') throw new AlreadyExistsError('customer', state.customerId);
    const customerId = requireText(command.data.customerId, 'data.customerId', 200);
    const details = requireDetails(command.data, 'data', true) as CustomerDetails;
    return [{ type: 'CustomerRegistered', data: { customerId, ...details, registeredBy: actor.id } }];
  }
  if (state.status === 'not_registered') throw new NotFoundError('customer', command.data.customerId);
  const customerId = state.customerId;
  switch (command.type) {
    case 'UpdateCustomerDetails': {
      const changes = onlyChanged(requireDetails(command.data.changes, 'data.changes', false), state.details);
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'CustomerDetailsUpdated', data: { customerId, changes, updatedBy: actor.id } }];
    }
    case 'AddCustomerContact': {
      const { customerId: _c, ...input } = command.data;
      const contact = requireContact(input, 'data', true) as CustomerContact;
      if (state.contacts.some((c) => c.contactId === contact.contactId)) {
        throw new RuleViolationError(
          'contact_exists',
          `The customer already has a contact ${contact.contactId}`,
        );
      }
      return [{ type: 'CustomerContactAdded', data: { customerId, contact, addedBy: actor.id } }];
    }
    case 'UpdateCustomerContact': {
      const current = state.contacts.find((c) => c.contactId === command.data.contactId);
      if (!current) throw new NotFoundError('contact', command.data.contactId);
      const { contactId: _id, ...fields } = requireContact(command.data.changes, 'data.changes', false);
      const changes = onlyChanged(fields, current);
      if (Object.keys(changes).length === 0) return [];
      const data = { customerId, contactId: current.contactId, changes, updatedBy: actor.id };
      return [{ type: 'CustomerContactUpdated', data }];
    }
    case 'RemoveCustomerContact': {
      const current = state.contacts.find((c) => c.contactId === command.data.contactId);
      if (!current) throw new NotFoundError('contact', command.data.contactId);
      const reason = optionalText(command.data.reason, 'data.reason');
      return [
        {
          type: 'CustomerContactRemoved',
          data: defined({ customerId, contactId: current.contactId, reason, removedBy: actor.id }),
        },
      ];
    }
  }
}

const field = (required: boolean) => (value: unknown, path: string, max: number) =>
  required ? requireText(value, path, max) : optionalText(value, path, max);

function requireDetails(input: unknown, path: string, complete: boolean): Partial<CustomerDetails> {
  if (input === null || typeof input !== 'object') throw new ValidationError(path, 'must be an object');
  const d = input as Record<string, unknown>;
  return defined({
    name: field(complete)(d.name, `${path}.name`, 200),
    shortName: optionalText(d.shortName, `${path}.shortName`, 100),
    address: optionalText(d.address, `${path}.address`, 500),
    postcode: optionalText(d.postcode, `${path}.postcode`, 20),
    phone: optionalText(d.phone, `${path}.phone`, 50),
    fax: optionalText(d.fax, `${path}.fax`, 50),
    email: optionalText(d.email, `${path}.email`, 200),
  });
}

function requireContact(input: unknown, path: string, complete: boolean): Partial<CustomerContact> {
  if (input === null || typeof input !== 'object') throw new ValidationError(path, 'must be an object');
  const c = input as Record<string, unknown>;
  return defined({
    contactId: complete ? requireText(c.contactId, `${path}.contactId`, 200) : undefined,
    name: field(complete)(c.name, `${path}.name`, 200),
    title: optionalText(c.title, `${path}.title`, 100),
    phone: optionalText(c.phone, `${path}.phone`, 50),
    email: optionalText(c.email, `${path}.email`, 200),
    fax: optionalText(c.fax, `${path}.fax`, 50),
  });
}

function onlyChanged<T extends object>(changes: Partial<T>, current: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => current[key as keyof T] !== value),
  ) as Partial<T>;
}

export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState> = {
  decide: decideCustomer,
  evolve: evolveCustomer,
  initialState: initialCustomerState,
};
