import { Duration } from 'luxon';
import {
  fold,
  slaClock,
  ticketDecider,
  ticketEventInstant,
  SATISFACTION_ITEMS,
  type FaultReportedData,
  type SlaTimerReading,
  type Ticket,
  type TicketEvent,
} from '#domain';
import {
  ESCALATION_COLUMNS,
  TIMER_COLUMNS,
  escalationColumn,
  scoreColumn,
  type SlaFactsRow,
  type TimerColumns,
  type TimerPrefix,
} from './sla-facts.tables.js';

const ms = (iso: string | undefined): number | null => (iso === undefined ? null : Date.parse(iso));

/**
 * The events that move an SLA timer (SLA.md): the others (escalations, assignments, chasing notes,
 * confirmations, surveys) leave every timer as it was, so the clock need not be read again for them.
 */
export const TIMER_EVENTS: ReadonlySet<TicketEvent['type']> = new Set<TicketEvent['type']>([
  'FaultReported',
  'Responded',
  'DispatchedOnSite',
  'ArrivedOnSite',
  'Resolved',
  'ResolutionRejected',
  'Reopened',
  'Closed',
  'SeverityChanged',
  'ReportTimeCorrected',
]);

/**
 * The SLA facts of one ticket from its events (stream order). The clock is read at the business
 * instant of the latest event that moves a timer, so everything here changes only through events;
 * whether a still-running timer is breached by a later instant is the report's to decide, from
 * due_at. With `previous` (the row before the latest event) and a latest event that moves no
 * timer, the timers, severity and report time are taken from it rather than read again: the same
 * values, without the cost of the clock.
 */
export function ticketSlaFacts(events: readonly TicketEvent[], previous?: SlaFactsRow): SlaFactsRow {
  const reported = events[0].data as FaultReportedData;
  const ticket = fold(ticketDecider, events) as Ticket;
  const instants = events.map((e) => Date.parse(ticketEventInstant(e)));
  const latestMs = Math.max(...instants);
  let lastTimerEvent = events.length - 1;
  while (lastTimerEvent > 0 && !TIMER_EVENTS.has(events[lastTimerEvent].type)) lastTimerEvent--;
  const reuse = previous !== undefined && lastTimerEvent < events.length - 1;
  const sla = reuse
    ? timerFactsOf(previous)
    : clockFacts(events, Math.max(...instants.slice(0, lastTimerEvent + 1)));
  const row = {
    ticket_id: ticket.ticketId,
    service_no: ticket.serviceNo,
    customer_id: ticket.customerId,
    contract_id: ticket.contractId,
    severity: sla.severity,
    warranty: ticket.warranty,
    engineer_id: null as string | null,
    kind: reported.kind,
    status: ticket.status,
    open: ticket.status === 'closed' ? 0 : 1,
    policy_version: reported.policyVersion,
    time_zone: reported.timeZone,
    calendar: JSON.stringify(reported.slaPolicy.calendar),
    reported_at: sla.reported_at,
    last_event_at: latestMs,
    reopen_count: 0,
    escalations: 0,
    surveyed: 0,
    ...sla.timers,
    ...Object.fromEntries(ESCALATION_COLUMNS.map((c) => [c, 0])),
    ...Object.fromEntries(SATISFACTION_ITEMS.map((item) => [scoreColumn(item), null])),
  } as SlaFactsRow;
  for (const event of events) {
    switch (event.type) {
      case 'Assigned':
      case 'Responded':
      case 'Resolved':
        row.engineer_id = event.data.engineerId;
        break;
      case 'ResolutionRejected':
      case 'Reopened':
        row.reopen_count += 1;
        break;
      case 'Escalated':
        row.escalations += 1;
        row[escalationColumn(event.data.reason, event.data.automatic)] += 1;
        break;
      case 'SatisfactionRecorded':
        row.surveyed = 1;
        for (const item of SATISFACTION_ITEMS) row[scoreColumn(item)] = event.data.scores[item] ?? null;
        break;
    }
  }
  return row;
}

type TimerFacts = { severity: number; reported_at: number; timers: Partial<TimerColumns> };

function clockFacts(events: readonly TicketEvent[], latestMs: number): TimerFacts {
  const reading = slaClock(events, new Date(latestMs).toISOString());
  return {
    severity: reading.severity,
    reported_at: Date.parse(reading.reportedAt),
    timers: {
      ...timerColumns('response', reading.response),
      ...timerColumns('onsite', reading.onSite),
      ...timerColumns('resolution', reading.resolution),
    },
  };
}

function timerFactsOf(row: SlaFactsRow): TimerFacts {
  const timers = Object.fromEntries(TIMER_COLUMNS.map((c) => [c, row[c]])) as Partial<TimerColumns>;
  return { severity: row.severity, reported_at: row.reported_at, timers };
}

function timerColumns(prefix: TimerPrefix, r: SlaTimerReading): Partial<TimerColumns> {
  const started = r.state !== 'not_started';
  const final = r.completedAt !== undefined || r.frozenAt !== undefined;
  const columns: Record<string, number | null> = {
    started_at: ms(r.startedAt),
    target_ms: started ? Duration.fromISO(r.target).as('milliseconds') : null,
    due_at: ms(r.dueAt),
    at_risk_at: ms(r.atRiskAt),
    breached_at: ms(r.breachedAt),
    completed_at: ms(r.completedAt),
    elapsed_ms: r.completedAt !== undefined ? r.elapsedMs : null,
    overrun_ms: final ? r.overrunMs : null,
    frozen: r.frozenAt !== undefined ? 1 : 0,
  };
  return Object.fromEntries(Object.entries(columns).map(([k, v]) => [`${prefix}_${k}`, v]));
}
