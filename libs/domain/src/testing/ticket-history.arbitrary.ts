import fc from 'fast-check';
import type { Actor } from '../shared/actor.js';
import { fold } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { Severity } from '../shared/severity.js';
import type { BusinessHoursCalendar, SlaCalendar } from '../sla/business-calendar.js';
import type { SlaPolicy } from '../sla/sla-policy.js';
import type { TicketStatus } from '../ticket/ticket-status.js';
import type { TicketCommand } from '../ticket/ticket.commands.js';
import { ticketDecider } from '../ticket/ticket.decider.js';
import type { TicketEvent } from '../ticket/ticket.events.js';
import { TERMS } from './ticket-fixtures.js';

/** Random but valid ticket histories: random commands, at random gaps, kept when the decider accepts them. */

const STEP_KINDS = [
  'advance',
  'respond',
  'dispatch',
  'arrive',
  'resolve',
  'confirm',
  'reject',
  'close',
  'reopen',
  'severity',
  'escalate',
  'correct',
] as const;

export const officeHours: BusinessHoursCalendar = {
  name: 'office',
  hours: {
    mon: { open: '08:30', close: '17:30' },
    tue: { open: '08:30', close: '17:30' },
    wed: { open: '08:30', close: '17:30' },
    thu: { open: '08:30', close: '17:30' },
    fri: { open: '08:30', close: '12:00' },
    sat: { open: '22:00', close: '24:00' },
  },
  holidays: ['2026-11-04', '2026-10-26'],
};

/** Open all day every day, no holidays: must count exactly like 24x7. */
export const alwaysOpen: BusinessHoursCalendar = {
  name: 'always open',
  hours: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => [
      d,
      { open: '00:00', close: '24:00' },
    ]),
  ),
  holidays: [],
};

const seconds = (min: number, max: number) => fc.integer({ min, max }).map((s) => `PT${s}S`);
const arbTargets = fc.record({
  response: seconds(5, 3600),
  onSite: seconds(5, 3600),
  resolution: seconds(5, 14400),
});

export const arbPolicy = (calendars: readonly SlaCalendar[]): fc.Arbitrary<SlaPolicy> =>
  fc.record({
    targets: fc.record({ '1': arbTargets, '2': arbTargets, '3': arbTargets, '4': arbTargets }),
    atRiskShare: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
    calendar: fc.constantFrom(...calendars),
    confirmationWindow: fc.constant('PT24H'),
  });

const arbStart = fc.constantFrom(
  { reportedAt: '2026-11-03T10:00:00+08:00', timeZone: 'Asia/Shanghai' },
  { reportedAt: '2026-11-06T11:50:00+08:00', timeZone: 'Asia/Shanghai' },
  { reportedAt: '2026-10-24T23:30:00+02:00', timeZone: 'Europe/Berlin' },
);

const arbStep = fc.record({
  kind: fc.oneof(
    { weight: 6, arbitrary: fc.constant('advance' as const) },
    { weight: 2, arbitrary: fc.constant('severity' as const) },
    { weight: 4, arbitrary: fc.constantFrom(...STEP_KINDS) },
  ),
  gapSeconds: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 600 }) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 * 3600 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 * 3600 }) },
  ),
  severity: fc.constantFrom<Severity>(1, 2, 3, 4),
  shiftSeconds: fc.integer({ min: -1800, max: 600 }),
});

type Step = {
  kind: (typeof STEP_KINDS)[number];
  gapSeconds: number;
  severity: Severity;
  shiftSeconds: number;
};

export interface TicketHistory {
  events: TicketEvent[];
  startMs: number;
  endMs: number;
}

export const arbTicketHistory = (
  calendars: readonly SlaCalendar[] = ['24x7', officeHours],
): fc.Arbitrary<TicketHistory> =>
  fc
    .record({
      policy: arbPolicy(calendars),
      start: arbStart,
      severity: fc.constantFrom<Severity>(1, 2, 3, 4),
      steps: fc.array(arbStep, { maxLength: 14 }),
    })
    .map(({ policy, start, severity, steps }) => buildHistory(policy, start, severity, steps));

const ENGINEER: Actor = { id: 'eng-1', role: 'engineer' };
const MANAGER: Actor = { id: 'mgr-1', role: 'manager' };

function buildHistory(
  policy: SlaPolicy,
  start: { reportedAt: string; timeZone: string },
  severity: Severity,
  steps: Step[],
): TicketHistory {
  const startMs = Date.parse(start.reportedAt);
  const contract = {
    ...TERMS,
    timeZone: start.timeZone,
    slaPolicies: [{ version: 1, effectiveFrom: '2026-01-01T00:00:00Z', policy }],
  };
  const report: TicketCommand = {
    type: 'ReportFault',
    data: {
      ticketId: 't-1',
      serviceNo: 'SV-1',
      contract,
      reporter: { name: 'R' },
      channel: 'hotline',
      description: 'd',
      severity,
      kind: 'request',
      urgency: 'normal',
    },
    actor: { id: 'agent-1', role: 'agent' },
    now: start.reportedAt,
  };
  const events = ticketDecider.decide(report, ticketDecider.initialState());
  let nowMs = startMs;
  for (const step of steps) {
    nowMs += step.gapSeconds * 1000;
    const now = new Date(nowMs).toISOString();
    const state = fold(ticketDecider, events);
    const reportedMs = state.status === 'not_reported' ? startMs : Date.parse(state.reportedAt);
    const status = state.status === 'not_reported' ? 'reported' : state.status;
    const command = commandFor(
      step.kind === 'advance' ? { ...step, kind: NEXT[status](step.severity) } : step,
      now,
      reportedMs,
    );
    try {
      events.push(...ticketDecider.decide(command, state));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return { events, startMs, endMs: nowMs };
}

/** The natural next step of the workflow from each status (severity's parity picks between two). */
const NEXT: Record<TicketStatus, (severity: Severity) => Step['kind']> = {
  reported: () => 'respond',
  responded: (s) => (s % 2 === 0 ? 'dispatch' : 'resolve'),
  dispatched: () => 'arrive',
  on_site: () => 'resolve',
  resolved: (s) => (s === 4 ? 'reject' : 'confirm'),
  confirmed: (s) => (s === 1 ? 'reopen' : 'close'),
  closed: () => 'reopen',
  reopened: () => 'resolve',
};

function commandFor(step: Step, now: string, reportedMs: number): TicketCommand {
  const on = <T extends TicketCommand['type']>(type: T, data: object, actor: Actor = ENGINEER) =>
    ({ type, data: { ticketId: 't-1', ...data }, actor, now }) as TicketCommand;
  switch (step.kind) {
    case 'advance':
    case 'respond':
      return on('Respond', { mode: 'remote' });
    case 'dispatch':
      return on('DispatchOnSite', { engineerIds: ['eng-1'], reason: 'r' });
    case 'arrive':
      return on('ArriveOnSite', {});
    case 'resolve':
      return on('Resolve', { cause: 'c', measures: 'm', resolution: 'r', category: 'x' });
    case 'confirm':
      return on('ConfirmResolution', {});
    case 'reject':
      return on('RejectResolution', { reason: 'r' });
    case 'close':
      return on('Close', { reason: 'r' }, MANAGER);
    case 'reopen':
      return on('Reopen', { reason: 'r' }, MANAGER);
    case 'severity':
      return on('ChangeSeverity', { severity: step.severity, reason: 'r' }, MANAGER);
    case 'escalate':
      return on('Escalate', { level: 1, reason: 'manual', automatic: false }, MANAGER);
    case 'correct':
      return on('CorrectReportTime', {
        reportedAt: new Date(reportedMs + step.shiftSeconds * 1000).toISOString(),
        reason: 'r',
      });
  }
}
