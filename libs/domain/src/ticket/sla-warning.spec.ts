import { SLA_WATCHMAN } from '../shared/actor.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AGENT,
  at,
  closed,
  command,
  confirmed,
  faultReported,
  MANAGER,
  resolved,
  responded,
} from '../testing/ticket-fixtures.js';
import { mayIssueTicketCommand } from './ticket-permissions.js';
import { ROLES } from '../shared/actor.js';
import type { TicketEvent } from './ticket.events.js';
import { ticketDecider } from './ticket.decider.js';

const given = DeciderSpecification.for(ticketDecider);
const warnResponse = (dueAt = at('10:30'), time = at('10:24')) =>
  command(
    'WarnSlaAtRisk',
    { timer: 'response', dueAt, atRiskAt: at('10:24'), notify: ['eng-1', 'manager'] },
    time,
    SLA_WATCHMAN,
  );
const atRisk = (dueAt: string, warnedAt: string): TicketEvent => ({
  type: 'SlaAtRisk',
  data: {
    ticketId: 't-1',
    timer: 'response',
    dueAt,
    atRiskAt: at('10:24'),
    notify: ['eng-1', 'manager'],
    warnedAt,
  },
});

describe('WarnSlaAtRisk', () => {
  it('records that the response is at risk, naming whom to tell', () => {
    given([faultReported()])
      .when(warnResponse())
      .then([atRisk(at('10:30'), at('10:24'))]);
  });

  it('spells the instants in the ticket zone whatever offset the command used', () => {
    given([faultReported()])
      .when(warnResponse('2026-11-03T02:30:00Z'))
      .then([atRisk(at('10:30'), at('10:24'))]);
  });

  it('does nothing when the same timer was already warned of for the same due time', () => {
    given([faultReported(), atRisk(at('10:30'), at('10:24'))])
      .when(warnResponse(at('10:30'), at('10:25')))
      .thenNothing();
  });

  it('warns again for a new due time (the severity changed)', () => {
    given([faultReported(), atRisk(at('10:30'), at('10:24'))])
      .when(warnResponse(at('10:40'), at('10:32')))
      .then([atRisk(at('10:40'), at('10:32'))]);
  });

  it('is refused to every human role, the manager included', () => {
    for (const role of ROLES) {
      given([faultReported()])
        .when(
          command(
            'WarnSlaAtRisk',
            { timer: 'response', dueAt: at('10:30'), atRiskAt: at('10:24'), notify: ['manager'] },
            at('10:24'),
            { id: 'u-1', role },
          ),
        )
        .thenThrows(ForbiddenError, (e) => expect(e.role).toBe(role));
    }
  });

  it('refuses an at-risk instant after the due time, naming the field', () => {
    given([faultReported()])
      .when(
        command(
          'WarnSlaAtRisk',
          { timer: 'response', dueAt: at('10:20'), atRiskAt: at('10:24'), notify: ['manager'] },
          at('10:24'),
          SLA_WATCHMAN,
        ),
      )
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.atRiskAt'));
  });

  it('refuses a warning that tells nobody', () => {
    given([faultReported()])
      .when(
        command(
          'WarnSlaAtRisk',
          { timer: 'response', dueAt: at('10:30'), atRiskAt: at('10:24'), notify: [] },
          at('10:24'),
          SLA_WATCHMAN,
        ),
      )
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.notify'));
  });

  it('is refused on a closed ticket', () => {
    given([
      faultReported(),
      responded(at('10:20')),
      resolved(at('13:00')),
      confirmed(at('15:00')),
      closed(at('16:00')),
    ])
      .when(warnResponse(at('10:30'), at('17:00')))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('closed'));
  });
});

describe('the watchman’s records and business time', () => {
  it('accept a response given by phone before the warning and entered after it', () => {
    given([faultReported(), atRisk(at('10:30'), at('10:24'))])
      .when({ ...command('Respond', { mode: 'guided' }, at('10:26')), occurredAt: at('10:23') })
      .then([
        {
          type: 'Responded',
          data: { ticketId: 't-1', engineerId: 'eng-1', mode: 'guided', respondedAt: at('10:23') },
        },
      ]);
  });

  it('accept a response entered after an automatic escalation with an earlier business time', () => {
    const escalated: TicketEvent = {
      type: 'Escalated',
      data: {
        ticketId: 't-1',
        level: 1,
        reason: 'response_overdue',
        to: 'manager',
        automatic: true,
        escalatedBy: 'sla-watchman',
        escalatedAt: at('10:31'),
      },
    };
    given([faultReported(), escalated])
      .when({ ...command('Respond', { mode: 'remote' }, at('10:35')), occurredAt: at('10:29') })
      .then([
        {
          type: 'Responded',
          data: { ticketId: 't-1', engineerId: 'eng-1', mode: 'remote', respondedAt: at('10:29') },
        },
      ]);
  });
});

describe('the system actor', () => {
  it('may warn and escalate, and nothing else', () => {
    expect(mayIssueTicketCommand('system', 'WarnSlaAtRisk')).toBe(true);
    expect(mayIssueTicketCommand('system', 'Escalate')).toBe(true);
    for (const type of ['ReportFault', 'Respond', 'Resolve', 'Close', 'Assign', 'NoteSupervision'] as const)
      expect(mayIssueTicketCommand('system', type)).toBe(false);
  });

  it('cannot respond to a ticket', () => {
    given([faultReported()])
      .when(command('Respond', { mode: 'remote' }, at('10:10'), SLA_WATCHMAN))
      .thenThrows(ForbiddenError, (e) => expect(e.role).toBe('system'));
  });

  it('escalates automatically, once per level and reason', () => {
    const escalate = command(
      'Escalate',
      { level: 1, reason: 'response_overdue', automatic: true },
      at('10:31'),
      SLA_WATCHMAN,
    );
    const escalated: TicketEvent = {
      type: 'Escalated',
      data: {
        ticketId: 't-1',
        level: 1,
        reason: 'response_overdue',
        to: 'manager',
        automatic: true,
        escalatedBy: 'sla-watchman',
        escalatedAt: at('10:31'),
      },
    };
    given([faultReported()]).when(escalate).then([escalated]);
    given([faultReported(), escalated]).when(escalate).thenNothing();
  });

  it('is not a role a staff user or a token can have', () => {
    expect(ROLES).not.toContain('system');
    expect(MANAGER.role).toBe('manager');
    expect(AGENT.role).toBe('agent');
  });
});
