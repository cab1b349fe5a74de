import { SLA_WATCHMAN } from '../shared/actor.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AGENT,
  at,
  closed,
  command,
  confirmed,
  faultReported,
  resolved,
  responded,
} from '../testing/ticket-fixtures.js';
import type { TicketEvent } from './ticket.events.js';
import { ticketDecider } from './ticket.decider.js';

const given = DeciderSpecification.for(ticketDecider);
const escalated = (
  level: 1 | 2,
  reason: 'response_overdue' | 'complaint',
  time: string,
  automatic = true,
): TicketEvent => ({
  type: 'Escalated',
  data: {
    ticketId: 't-1',
    level,
    reason,
    to: level === 1 ? 'manager' : 'headquarters',
    automatic,
    escalatedBy: automatic ? 'sla-watchman' : 'agent-1',
    escalatedAt: time,
  },
});
const WATCHMAN = SLA_WATCHMAN;

describe('Escalate', () => {
  it('escalates an overdue response to the service manager', () => {
    given([faultReported()])
      .when(
        command('Escalate', { level: 1, reason: 'response_overdue', automatic: true }, at('10:31'), WATCHMAN),
      )
      .then([escalated(1, 'response_overdue', at('10:31'))]);
  });

  it('sends a ticket to headquarters after the service manager', () => {
    given([faultReported(), escalated(1, 'response_overdue', at('10:31'))])
      .when(
        command('Escalate', { level: 2, reason: 'response_overdue', automatic: true }, at('11:00'), WATCHMAN),
      )
      .then([escalated(2, 'response_overdue', at('11:00'))]);
  });

  it('says when the watchman escalates a deadline that had passed before the ticket was recorded', () => {
    const command_ = command(
      'Escalate',
      { level: 1, reason: 'response_overdue', automatic: true, recordedLate: true },
      at('10:40'),
      WATCHMAN,
    );
    const late = escalated(1, 'response_overdue', at('10:40'));
    given([faultReported()])
      .when(command_)
      .then([{ ...late, data: { ...late.data, recordedLate: true } } as TicketEvent]);
  });

  it('refuses recordedLate on an escalation by hand', () => {
    given([faultReported()])
      .when(
        command(
          'Escalate',
          { level: 1, reason: 'complaint', automatic: false, recordedLate: true },
          at('10:10'),
          AGENT,
        ),
      )
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.recordedLate'));
  });

  it('refuses headquarters before the service manager', () => {
    given([faultReported()])
      .when(command('Escalate', { level: 2, reason: 'complaint', automatic: false }, at('10:10'), AGENT))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('level_1_first'));
  });

  it('does nothing when the same automatic escalation was already made', () => {
    given([faultReported(), escalated(1, 'response_overdue', at('10:31'))])
      .when(
        command('Escalate', { level: 1, reason: 'response_overdue', automatic: true }, at('10:40'), WATCHMAN),
      )
      .thenNothing();
  });

  it('records a manual escalation with its note and addressee', () => {
    given([faultReported()])
      .when(
        command(
          'Escalate',
          { level: 1, reason: 'complaint', automatic: false, to: 'mgr-1', note: 'Angry call' },
          at('10:10'),
          AGENT,
        ),
      )
      .then([
        {
          type: 'Escalated',
          data: {
            ticketId: 't-1',
            level: 1,
            reason: 'complaint',
            to: 'mgr-1',
            automatic: false,
            note: 'Angry call',
            escalatedBy: 'agent-1',
            escalatedAt: at('10:10'),
          },
        },
      ]);
  });

  it('is refused on a closed ticket', () => {
    given([
      faultReported(),
      responded(at('10:20')),
      resolved(at('13:00')),
      confirmed(at('15:00')),
      closed(at('16:00')),
    ])
      .when(command('Escalate', { level: 1, reason: 'complaint', automatic: false }, at('17:00'), AGENT))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('closed'));
  });
});
