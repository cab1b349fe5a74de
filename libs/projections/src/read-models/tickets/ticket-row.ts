import {
  fold,
  ticketDecider,
  type FaultReportedData,
  type SlaTimerReading,
  type Ticket,
  type TicketEvent,
} from '#domain';
import { breachedFromMs, settledSla } from './settled-sla.js';
import {
  TIMER_COLUMN_PREFIX,
  TIMER_NAMES,
  type TicketRow,
  type TimerColumns,
  type TimerName,
} from './tickets.tables.js';

/** Where the latest event of the ticket sits in the log, and when the first and latest were recorded. */
export interface TicketRowEnvelope {
  recordedAt: string;
  revision: number;
  position: bigint;
  updatedAt: string;
}

const ms = (iso: string | undefined): number | null => (iso === undefined ? null : Date.parse(iso));

/** The list row of a ticket from its events (stream order) and its envelope: no clock, no lookups. */
export function ticketRow(events: readonly TicketEvent[], envelope: TicketRowEnvelope): TicketRow {
  const reported = events[0].data as FaultReportedData;
  const ticket = fold(ticketDecider, events) as Ticket;
  const sla = settledSla(events);
  const engineers = new Set<string>();
  let resolution: Extract<TicketEvent, { type: 'Resolved' }>['data'] | undefined;
  for (const event of events) {
    if (event.type === 'Responded' || event.type === 'ArrivedOnSite') engineers.add(event.data.engineerId);
    if (event.type === 'DispatchedOnSite') event.data.engineerIds.forEach((id) => engineers.add(id));
    if (event.type === 'Assigned') engineers.add(event.data.engineerId);
    if (event.type === 'Resolved') resolution = event.data;
  }
  const searchable = [
    reported.description,
    resolution?.resolution,
    resolution?.cause,
    resolution?.measures,
    ticket.serviceNo,
  ];
  let timers = {} as TimerColumns;
  for (const timer of TIMER_NAMES) timers = { ...timers, ...timerColumns(events, timer, sla[timer]) };
  return {
    id: ticket.ticketId,
    service_no: ticket.serviceNo,
    status: ticket.status,
    open: ticket.status === 'closed' ? 0 : 1,
    severity: ticket.severity,
    kind: reported.kind,
    urgency: reported.urgency,
    channel: reported.channel,
    customer_id: ticket.customerId,
    contract_id: ticket.contractId,
    product_name: reported.product.name,
    product_version: reported.product.version,
    description: reported.description,
    reporter_name: reported.reporter.name,
    reporter_phone: reported.reporter.phone ?? null,
    reporter_email: reported.reporter.email ?? null,
    reporter_fax: reported.reporter.fax ?? null,
    reported_at: ticket.reportedAt,
    reported_ms: Date.parse(ticket.reportedAt),
    original_reported_at: ticket.reportedAt !== reported.reportedAt ? reported.reportedAt : null,
    recorded_at: envelope.recordedAt,
    recorded_ms: Date.parse(envelope.recordedAt),
    taken_by: reported.takenBy,
    warranty: ticket.warranty,
    warranty_until: ticket.warrantyUntil,
    policy_version: ticket.policyVersion,
    time_zone: ticket.timeZone,
    assignee_id: ticket.assigneeId ?? null,
    engineers: JSON.stringify([...engineers]),
    escalation_level: Math.max(0, ...ticket.escalations.map((e) => e.level)),
    escalations: JSON.stringify(ticket.escalations),
    resolved_by: resolution?.engineerId ?? null,
    resolution_cause: resolution?.cause ?? null,
    resolution_measures: resolution?.measures ?? null,
    resolution_text: resolution?.resolution ?? null,
    resolution_category: resolution?.category ?? null,
    resolved_at: resolution?.resolvedAt ?? null,
    confirmation_due_at: sla.confirmationDueAt ?? null,
    search_text: searchable
      .filter((s) => s !== undefined)
      .join('\n')
      .toLowerCase(),
    revision: envelope.revision,
    last_position: Number(envelope.position),
    updated_at: envelope.updatedAt,
    updated_ms: Date.parse(envelope.updatedAt),
    ...timers,
  };
}

function timerColumns(
  events: readonly TicketEvent[],
  timer: TimerName,
  r: SlaTimerReading,
): Partial<TimerColumns> {
  const p = TIMER_COLUMN_PREFIX[timer];
  const started = r.state !== 'not_started';
  const columns = {
    target: r.target,
    started_ms: ms(r.startedAt),
    due_ms: started ? ms(r.dueAt) : null,
    due_at: started ? (r.dueAt ?? null) : null,
    at_risk_ms: ms(r.atRiskAt),
    at_risk_at: r.atRiskAt ?? null,
    breached_from_ms: r.breachedAt === undefined ? null : breachedFromMs(events, timer, r.breachedAt),
    breached_at: r.breachedAt ?? null,
    completed_ms: ms(r.completedAt),
    completed_at: r.completedAt ?? null,
    frozen_at: r.frozenAt ?? null,
  };
  return Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [`${p}_${k}`, v]),
  ) as Partial<TimerColumns>;
}
