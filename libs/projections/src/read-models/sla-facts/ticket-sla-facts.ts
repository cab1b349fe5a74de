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
  escalationColumn,
  scoreColumn,
  type SlaFactsRow,
  type TimerColumns,
  type TimerPrefix,
} from './sla-facts.tables.js';

const ms = (iso: string | undefined): number | null => (iso === undefined ? null : Date.parse(iso));

/**
 * The SLA facts of one ticket from its events (stream order): the clock is read at the latest
 * business instant of the events, so everything here changes only through events. Whether a
 * still-running timer is breached by a later instant is the report's to decide, from due_at.
 */
export function ticketSlaFacts(events: readonly TicketEvent[]): SlaFactsRow {
  const reported = events[0].data as FaultReportedData;
  const ticket = fold(ticketDecider, events) as Ticket;
  const latestMs = Math.max(...events.map((e) => Date.parse(ticketEventInstant(e))));
  const reading = slaClock(events, new Date(latestMs).toISOString());
  const row = {
    ticket_id: ticket.ticketId,
    service_no: ticket.serviceNo,
    customer_id: ticket.customerId,
    contract_id: ticket.contractId,
    severity: reading.severity,
    warranty: ticket.warranty,
    engineer_id: null as string | null,
    kind: reported.kind,
    status: ticket.status,
    open: ticket.status === 'closed' ? 0 : 1,
    policy_version: reported.policyVersion,
    time_zone: reported.timeZone,
    calendar: JSON.stringify(reported.slaPolicy.calendar),
    reported_at: Date.parse(reading.reportedAt),
    last_event_at: latestMs,
    reopen_count: 0,
    escalations: 0,
    surveyed: 0,
    ...timerColumns('response', reading.response),
    ...timerColumns('onsite', reading.onSite),
    ...timerColumns('resolution', reading.resolution),
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
