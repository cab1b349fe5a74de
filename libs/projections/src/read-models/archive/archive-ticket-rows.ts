import type { Transaction } from 'kysely';
import { TICKET_STATUS_AFTER, type TicketEvent, type TicketEventOf } from '#domain';
import { domainEventOf, type EventShape, type RecordedEvent } from '#event-store';
import { inIdSlices } from '../../id-slices.js';
import { insertRows } from '../../insert-rows.js';
import type {
  ArchiveDb,
  ArchiveEscalationRow,
  ArchiveSurveyRow,
  ArchiveTicketEventRow,
  ArchiveTicketRow,
} from './archive.tables.js';

/**
 * Keeps each ticket event, then folds it into the ticket's row, escalations and surveys. A batch
 * reads each touched ticket's row once, folds its events in memory and writes the row once; the
 * events, escalations and surveys go in with multi-row inserts.
 */
export async function applyTicketEvents(
  trx: Transaction<ArchiveDb>,
  batch: readonly RecordedEvent<TicketEvent>[],
): Promise<void> {
  const tickets = await storedTickets(trx, [...new Set(batch.map((e) => e.data.ticketId))]);
  const changed = new Set<string>();
  const kept: ArchiveTicketEventRow[] = [];
  const escalations: ArchiveEscalationRow[] = [];
  const surveys: ArchiveSurveyRow[] = [];
  for (const recorded of batch) {
    const event = domainEventOf(recorded);
    const ticketId = event.data.ticketId;
    const key: EventKey = { ticket_id: ticketId, seq: recorded.revision };
    kept.push(keptEvent(key, recorded));
    if (event.type === 'Escalated') escalations.push(escalationRow(key, event.data));
    if (event.type === 'SatisfactionRecorded') surveys.push(surveyRow(key, event.data));
    const row = tickets.get(ticketId);
    if (event.type === 'FaultReported' && !row) {
      tickets.set(ticketId, ticketRow(event));
      changed.add(ticketId);
    } else if (event.type !== 'FaultReported' && row && foldInto(row, event)) {
      changed.add(ticketId);
    }
  }
  const conflict = { key: ['ticket_id', 'seq'], then: 'ignore' } as const;
  await insertRows(trx, 'archive_ticket_events', kept, conflict);
  await insertRows(trx, 'archive_escalations', escalations, conflict);
  await insertRows(trx, 'archive_surveys', surveys, conflict);
  const rows = [...changed].map((id) => tickets.get(id)!);
  await insertRows(trx, 'archive_tickets', rows, { key: ['ticket_id'], then: 'update' });
}

/** The stored rows of these tickets (those that have one). */
async function storedTickets(trx: Transaction<ArchiveDb>, ticketIds: readonly string[]) {
  const found = await inIdSlices(ticketIds, (slice) =>
    trx.selectFrom('archive_tickets').selectAll().where('ticket_id', 'in', slice).execute(),
  );
  return new Map<string, ArchiveTicketRow>(found.map((row) => [row.ticket_id, row]));
}

/** Folds one event (not the report) into the ticket's row; false when it changes nothing there. */
function foldInto(row: ArchiveTicketRow, event: TicketEvent): boolean {
  const status = TICKET_STATUS_AFTER[event.type];
  const changes: Partial<ArchiveTicketRow> = status ? { status } : {};
  switch (event.type) {
    case 'Resolved': {
      const { cause, measures, resolution, category, engineerId, resolvedAt } = event.data;
      Object.assign(changes, { cause, measures, resolution, category });
      Object.assign(changes, { resolved_by: engineerId, resolved_at: resolvedAt });
      break;
    }
    case 'ResolutionConfirmed':
      changes.confirmed_at = event.data.confirmedAt;
      break;
    case 'Closed':
      changes.closed_at = event.data.closedAt;
      break;
    case 'ResolutionRejected':
    case 'Reopened':
      Object.assign(changes, { confirmed_at: null, closed_at: null });
      break;
    case 'SeverityChanged':
      changes.severity = event.data.to;
      break;
    case 'ReportTimeCorrected':
      changes.reported_at = Date.parse(event.data.reportedAt);
      changes.reported_at_iso = event.data.reportedAt;
      changes.warranty = event.data.warranty;
      break;
  }
  if (Object.keys(changes).length === 0) return false;
  // As an UPDATE's SET would: a value the event leaves out (undefined) leaves the column as it is.
  for (const [column, value] of Object.entries(changes)) {
    if (value !== undefined) Object.assign(row, { [column]: value });
  }
  if (event.type === 'ResolutionRejected' || event.type === 'Reopened') row.reopen_count += 1;
  return true;
}

/** The key of an event's row in the per-event tables (events, escalations, surveys): its ticket and its revision there. */
interface EventKey {
  ticket_id: string;
  seq: number;
}

function keptEvent(key: EventKey, recorded: RecordedEvent<EventShape>): ArchiveTicketEventRow {
  return {
    ...key,
    type: recorded.type,
    occurred_at: recorded.metadata.occurredAt,
    recorded_at: recorded.metadata.recordedAt,
    actor_id: recorded.metadata.actor.id,
    actor_role: recorded.metadata.actor.role,
    data: JSON.stringify(recorded.data),
  };
}

function ticketRow(event: TicketEventOf<'FaultReported'>): ArchiveTicketRow {
  const d = event.data;
  return {
    ticket_id: d.ticketId,
    customer_id: d.customerId,
    contract_id: d.contractId,
    service_no: d.serviceNo,
    reported_at: Date.parse(d.reportedAt),
    reported_at_iso: d.reportedAt,
    time_zone: d.timeZone,
    status: 'reported',
    severity: d.severity,
    kind: d.kind,
    urgency: d.urgency,
    channel: d.channel,
    product_name: d.product.name,
    product_version: d.product.version,
    description: d.description,
    reporter: JSON.stringify(d.reporter),
    taken_by: d.takenBy,
    warranty: d.warranty,
    policy_version: d.policyVersion,
    cause: null,
    measures: null,
    resolution: null,
    category: null,
    resolved_by: null,
    resolved_at: null,
    confirmed_at: null,
    closed_at: null,
    reopen_count: 0,
  };
}

function escalationRow(key: EventKey, d: TicketEventOf<'Escalated'>['data']): ArchiveEscalationRow {
  return {
    ...key,
    level: d.level,
    reason: d.reason,
    recipient: d.to,
    automatic: d.automatic ? 1 : 0,
    note: d.note ?? null,
    escalated_by: d.escalatedBy,
    escalated_at: d.escalatedAt,
  };
}

function surveyRow(key: EventKey, d: TicketEventOf<'SatisfactionRecorded'>['data']): ArchiveSurveyRow {
  return {
    ...key,
    surveyed_at: d.surveyedAt,
    scores: JSON.stringify(d.scores),
    comments: d.comments ?? null,
    respondent: d.respondent ?? null,
    recorded_by: d.recordedBy,
  };
}
