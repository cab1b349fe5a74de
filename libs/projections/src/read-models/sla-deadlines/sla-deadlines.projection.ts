import { slaDeadlineKey, slaDeadlines, type TicketEvent, type TicketHistoryEntry } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';
import { createSlaDeadlinesSchema } from './sla-deadlines.schema.js';
import type { SlaDeadlineRow, SlaDeadlinesDb } from './sla-deadlines.tables.js';

/** Every event of a ticket stream: any of them may move, settle or answer a deadline. */
export const SLA_DEADLINE_EVENTS: readonly TicketEvent['type'][] = [
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
  'SlaAtRisk',
];

/**
 * sla-deadlines: each open ticket's pending actions for the SLA watchman (warnings and escalations,
 * with the instant to act), recomputed by slaDeadlines from the ticket's events at each new event.
 * The events are kept beside the rows (with their actor's role: an answer to an escalation is told
 * by role). The scheduler reads only the earliest act_ms and the tickets due.
 */
export const slaDeadlinesProjection: Projection<SlaDeadlinesDb> = {
  name: 'sla-deadlines',
  version: 1,
  handles: new Set<string>(SLA_DEADLINE_EVENTS),
  createSchema: createSlaDeadlinesSchema,
  async apply(trx, event) {
    const ticketId = (event.data as { ticketId?: unknown }).ticketId;
    if (typeof ticketId !== 'string') return;
    const stored = await trx
      .selectFrom('sla_deadline_history')
      .select('history')
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    const history: TicketHistoryEntry[] = stored ? (JSON.parse(stored.history) as TicketHistoryEntry[]) : [];
    if (history.length === 0 && event.type !== 'FaultReported') return;
    history.push(entryOf(event));
    await trx
      .insertInto('sla_deadline_history')
      .values({ ticket_id: ticketId, history: JSON.stringify(history) })
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ history: JSON.stringify(history) }))
      .execute();
    await trx.deleteFrom('sla_deadlines').where('ticket_id', '=', ticketId).execute();
    const rows = slaDeadlines(history).map((d): SlaDeadlineRow => ({
      ticket_id: ticketId,
      key: slaDeadlineKey(d),
      action: d.action,
      timer: d.timer,
      level: d.action === 'escalate' ? d.level : null,
      reason: d.action === 'escalate' ? d.reason : null,
      due_at: d.dueAt,
      act_at: d.at,
      act_ms: d.atMs,
    }));
    if (rows.length > 0) await trx.insertInto('sla_deadlines').values(rows).execute();
  },
};

/** A recorded ticket event as the deadlines read it: the event, its actor's role and when it was recorded. */
export function entryOf(event: RecordedEvent): TicketHistoryEntry {
  return {
    event: { type: event.type, data: event.data } as unknown as TicketEvent,
    actorRole: event.metadata.actor.role,
    recordedAt: event.metadata.recordedAt,
  };
}
