import type { Transaction, Updateable } from 'kysely';
import type { TicketEvent, TicketEventOf, TicketEventType } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { ArchiveDb, ArchiveTicketRow } from './archive.tables.js';

/** Every ticket event: the archive keeps each one for the forms, and folds them into one row per ticket. */
export const TICKET_EVENT_TYPES: readonly TicketEventType[] = [
  'FaultReported',
  'Responded',
  'DispatchedOnSite',
  'ArrivedOnSite',
  'Resolved',
  'Escalated',
  'ResolutionConfirmed',
  'ResolutionRejected',
  'SupervisionNoted',
  'SeverityChanged',
  'Assigned',
  'Closed',
  'Reopened',
  'SatisfactionRecorded',
  'ReportTimeCorrected',
];

/** The status each event leads to (libs/domain/TRANSITIONS.md); others leave it. */
const STATUS_AFTER: Partial<Record<TicketEventType, string>> = {
  Responded: 'responded',
  DispatchedOnSite: 'dispatched',
  ArrivedOnSite: 'on_site',
  Resolved: 'resolved',
  ResolutionConfirmed: 'confirmed',
  ResolutionRejected: 'reopened',
  Closed: 'closed',
  Reopened: 'reopened',
};

/** Keeps the ticket's event, then folds it into the ticket's row, escalations and surveys. */
export async function applyTicketEvent(trx: Transaction<ArchiveDb>, recorded: RecordedEvent): Promise<void> {
  const event = { type: recorded.type, data: recorded.data } as unknown as TicketEvent;
  await keepEvent(trx, recorded, event.data.ticketId);
  if (event.type === 'FaultReported') return insertTicket(trx, event);
  const status = STATUS_AFTER[event.type];
  const changes: Updateable<ArchiveTicketRow> = status ? { status } : {};
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
    case 'Escalated':
      await insertEscalation(trx, recorded, event.data);
      break;
    case 'SatisfactionRecorded':
      await insertSurvey(trx, recorded, event.data);
      break;
  }
  const reopens = event.type === 'ResolutionRejected' || event.type === 'Reopened';
  if (Object.keys(changes).length === 0) return;
  await trx
    .updateTable('archive_tickets')
    .set((eb) => (reopens ? { ...changes, reopen_count: eb('reopen_count', '+', 1) } : changes))
    .where('ticket_id', '=', event.data.ticketId)
    .execute();
}

async function keepEvent(trx: Transaction<ArchiveDb>, recorded: RecordedEvent, ticketId: string) {
  await trx
    .insertInto('archive_ticket_events')
    .values({
      ticket_id: ticketId,
      seq: recorded.revision,
      type: recorded.type,
      occurred_at: recorded.metadata.occurredAt,
      recorded_at: recorded.metadata.recordedAt,
      actor_id: recorded.metadata.actor.id,
      actor_role: recorded.metadata.actor.role,
      data: JSON.stringify(recorded.data),
    })
    .onConflict((oc) => oc.columns(['ticket_id', 'seq']).doNothing())
    .execute();
}

async function insertTicket(trx: Transaction<ArchiveDb>, event: TicketEventOf<'FaultReported'>) {
  const d = event.data;
  await trx
    .insertInto('archive_tickets')
    .values({
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
    })
    .onConflict((oc) => oc.column('ticket_id').doNothing())
    .execute();
}

async function insertEscalation(
  trx: Transaction<ArchiveDb>,
  recorded: RecordedEvent,
  d: TicketEventOf<'Escalated'>['data'],
) {
  await trx
    .insertInto('archive_escalations')
    .values({
      ticket_id: d.ticketId,
      seq: recorded.revision,
      level: d.level,
      reason: d.reason,
      recipient: d.to,
      automatic: d.automatic ? 1 : 0,
      note: d.note ?? null,
      escalated_by: d.escalatedBy,
      escalated_at: d.escalatedAt,
    })
    .onConflict((oc) => oc.columns(['ticket_id', 'seq']).doNothing())
    .execute();
}

async function insertSurvey(
  trx: Transaction<ArchiveDb>,
  recorded: RecordedEvent,
  d: TicketEventOf<'SatisfactionRecorded'>['data'],
) {
  await trx
    .insertInto('archive_surveys')
    .values({
      ticket_id: d.ticketId,
      seq: recorded.revision,
      surveyed_at: d.surveyedAt,
      scores: JSON.stringify(d.scores),
      comments: d.comments ?? null,
      respondent: d.respondent ?? null,
      recorded_by: d.recordedBy,
    })
    .onConflict((oc) => oc.columns(['ticket_id', 'seq']).doNothing())
    .execute();
}
