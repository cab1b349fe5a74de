import { readFileSync } from 'node:fs';
import { SLA_WATCHMAN } from '../shared/actor.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { fold } from '../shared/decider.js';
import {
  MANAGER,
  at,
  arrived,
  closed,
  command,
  confirmed,
  dispatched,
  faultReported,
  rejected,
  resolved,
  responded,
} from '../testing/ticket-fixtures.js';
import { OPEN_STATUSES, TICKET_STATUSES, type TicketStatus } from './ticket-status.js';
import { TICKET_TRANSITIONS } from './ticket-transitions.js';
import type { TicketCommand } from './ticket.commands.js';
import { ticketDecider } from './ticket.decider.js';
import type { TicketEvent } from './ticket.events.js';

const doc = readFileSync(new URL('../../TRANSITIONS.md', import.meta.url), 'utf8');

function documentedRows(): Record<string, { event: string; from: string[]; to: string | null }> {
  const table = doc.split('<!-- transitions:start -->')[1].split('<!-- transitions:end -->')[0];
  const rows = table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const statuses = (cell: string): string[] =>
    cell === 'open' ? [...OPEN_STATUSES] : cell === 'all' ? [...TICKET_STATUSES] : cell.split(', ');
  return Object.fromEntries(
    rows
      .filter(([commandType]) => commandType !== 'ReportFault')
      .map(([commandType, event, from, to]) => [
        commandType,
        { event, from: statuses(from), to: to === '—' ? null : to },
      ]),
  );
}

describe('TRANSITIONS.md', () => {
  it('shows exactly the transitions the decider enforces', () => {
    const inCode = Object.fromEntries(
      Object.entries(TICKET_TRANSITIONS).map(([type, t]) => [
        type,
        { event: t.event, from: [...t.from], to: t.to },
      ]),
    );
    expect(documentedRows()).toEqual(inCode);
  });
});

/** A history that leaves the ticket in each status (reported 10:00, every later step a few minutes apart). */
const HISTORY: Record<TicketStatus, TicketEvent[]> = {
  reported: [faultReported()],
  responded: [faultReported(), responded(at('10:10'))],
  dispatched: [faultReported(), responded(at('10:10')), dispatched(at('10:20'))],
  on_site: [faultReported(), responded(at('10:10')), dispatched(at('10:20')), arrived(at('10:50'))],
  resolved: [faultReported(), responded(at('10:10')), resolved(at('11:00'))],
  confirmed: [faultReported(), responded(at('10:10')), resolved(at('11:00')), confirmed(at('11:30'))],
  closed: [
    faultReported(),
    responded(at('10:10')),
    resolved(at('11:00')),
    confirmed(at('11:30')),
    closed(at('11:40')),
  ],
  reopened: [faultReported(), responded(at('10:10')), resolved(at('11:00')), rejected(at('11:30'))],
};

/** A valid command of each type, by a manager (who may do everything a staff member may; the warning by the SLA watchman), at 12:00. */
const noon = at('12:00');
const COMMANDS: Record<keyof typeof TICKET_TRANSITIONS, TicketCommand> = {
  Respond: command('Respond', { mode: 'remote' }, noon, MANAGER),
  DispatchOnSite: command('DispatchOnSite', { engineerIds: ['eng-1'], reason: 'No access' }, noon, MANAGER),
  ArriveOnSite: command('ArriveOnSite', {}, noon, MANAGER),
  Resolve: command('Resolve', { cause: 'c', measures: 'm', resolution: 'r', category: 'x' }, noon, MANAGER),
  ConfirmResolution: command('ConfirmResolution', {}, noon, MANAGER),
  RejectResolution: command('RejectResolution', { reason: 'Still broken' }, noon, MANAGER),
  Close: command('Close', { reason: 'Done' }, noon, MANAGER),
  Reopen: command('Reopen', { reason: 'Back again' }, noon, MANAGER),
  Escalate: command('Escalate', { level: 1, reason: 'manual', automatic: false }, noon, MANAGER),
  NoteSupervision: command(
    'NoteSupervision',
    { period: 'AM', progress: 'p', solvedPercent: 10 },
    noon,
    MANAGER,
  ),
  ChangeSeverity: command('ChangeSeverity', { severity: 1, reason: 'Worse' }, noon, MANAGER),
  Assign: command('Assign', { engineerId: 'eng-9' }, noon, MANAGER),
  RecordSatisfaction: command('RecordSatisfaction', { scores: { overall: 4 } }, noon, MANAGER),
  CorrectReportTime: command(
    'CorrectReportTime',
    { reportedAt: at('09:55'), reason: 'Wrong minute' },
    noon,
    MANAGER,
  ),
  WarnSlaAtRisk: command(
    'WarnSlaAtRisk',
    { timer: 'resolution', dueAt: at('22:00'), atRiskAt: at('19:36'), notify: ['manager'] },
    noon,
    SLA_WATCHMAN,
  ),
};

const cases = Object.entries(TICKET_TRANSITIONS).flatMap(([type, transition]) =>
  TICKET_STATUSES.map((status) => ({
    type: type as keyof typeof COMMANDS,
    status,
    allowed: transition.from.includes(status),
    to: transition.to,
  })),
);

describe('the transition table, command by status', () => {
  it.each(cases.filter((c) => c.allowed))(
    '$type in $status is accepted and leads to the documented status',
    ({ type, status, to }) => {
      const events = ticketDecider.decide(COMMANDS[type], fold(ticketDecider, HISTORY[status]));
      expect(events.map((e) => e.type)).toEqual([TICKET_TRANSITIONS[type].event]);
      expect(fold(ticketDecider, [...HISTORY[status], ...events]).status).toBe(to ?? status);
    },
  );

  it.each(cases.filter((c) => !c.allowed))(
    '$type in $status is refused, naming $status',
    ({ type, status }) => {
      const run = () => ticketDecider.decide(COMMANDS[type], fold(ticketDecider, HISTORY[status]));
      expect(run).toThrow(InvalidTransitionError);
      expect(run).toThrow(`the ticket is ${status}`);
    },
  );
});
