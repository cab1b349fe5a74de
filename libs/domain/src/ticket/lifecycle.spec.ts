import { ForbiddenError } from '../shared/forbidden.error.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AGENT,
  MANAGER,
  at,
  closed,
  command,
  confirmed,
  faultReported,
  reopened,
  resolved,
  responded,
} from '../testing/ticket-fixtures.js';
import { ticketDecider } from './ticket.decider.js';

const given = DeciderSpecification.for(ticketDecider);
const fixed = [faultReported(), responded(at('10:20')), resolved(at('13:00'))];

describe('Close', () => {
  it('closes a ticket whose fix the customer confirmed', () => {
    given([...fixed, confirmed(at('15:00'))])
      .when(command('Close', {}, at('16:00'), AGENT))
      .then([closed(at('16:00'))]);
  });

  it('refuses an agent closing a fix the customer has not confirmed', () => {
    given(fixed)
      .when(command('Close', { reason: 'Customer silent' }, at('16:00'), AGENT))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('confirmation_required'));
  });

  it('lets a manager close an unconfirmed fix with a reason', () => {
    given(fixed)
      .when(command('Close', { reason: 'Customer unreachable' }, at('16:00'), MANAGER))
      .then([closed(at('16:00'), false)]);
  });

  it('lets a manager close a ticket nobody worked on, e.g. a duplicate, with a reason', () => {
    given([faultReported()])
      .when(command('Close', { reason: 'Duplicate of SV-202611-0041' }, at('10:05'), MANAGER))
      .then([
        {
          type: 'Closed',
          data: {
            ticketId: 't-1',
            closedBy: 'mgr-1',
            confirmed: false,
            reason: 'Duplicate of SV-202611-0041',
            closedAt: at('10:05'),
          },
        },
      ]);
  });

  it('refuses a manager closing without confirmation and without a reason', () => {
    given(fixed)
      .when(command('Close', {}, at('16:00'), MANAGER))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('reason_required'));
  });

  it('is refused on a closed ticket, naming the status', () => {
    given([...fixed, confirmed(at('15:00')), closed(at('16:00'))])
      .when(command('Close', {}, at('17:00'), AGENT))
      .thenThrows(InvalidTransitionError, (e) =>
        expect(e.message).toBe('Close is not allowed: the ticket is closed'),
      );
  });
});

describe('Reopen', () => {
  const done = [...fixed, confirmed(at('15:00')), closed(at('16:00'))];

  it('lets a manager reopen a closed ticket with a reason', () => {
    given(done)
      .when(command('Reopen', { reason: 'Fault is back' }, at('18:00'), MANAGER))
      .then([reopened(at('18:00'))]);
  });

  it('refuses anyone but a manager', () => {
    given(done)
      .when(command('Reopen', { reason: 'Fault is back' }, at('18:00'), AGENT))
      .thenThrows(ForbiddenError);
  });

  it('is refused on a ticket still in progress', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('Reopen', { reason: 'Fault is back' }, at('18:00'), MANAGER))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('responded'));
  });

  it('lets the work go on after a reopen: a new response', () => {
    given([...done, reopened(at('18:00'))])
      .when(command('Respond', { mode: 'remote' }, at('18:10')))
      .then([responded(at('18:10'))]);
  });
});
