import type { Transaction } from 'kysely';
import {
  slaDeadlineKey,
  slaDeadlines,
  TICKET_EVENT_TYPES,
  type TicketEvent,
  type TicketHistoryEntry,
} from '#domain';
import { domainEventOf, type RecordedEvent } from '#event-store';
import { inIdSlices } from '../../id-slices.js';
import { insertRows } from '../../insert-rows.js';
import type { Projection } from '../../projection.js';
import { createSlaDeadlinesSchema } from './sla-deadlines.schema.js';
import type { SlaDeadlineRow, SlaDeadlinesDb } from './sla-deadlines.tables.js';

/**
 * sla-deadlines: each open ticket's pending actions for the SLA watchman (warnings and escalations,
 * with the instant to act), recomputed by slaDeadlines from the ticket's events. The events are kept
 * beside the rows (with their actor's role and recording time). A batch reads each touched ticket's
 * history once, appends its events in memory and writes the history and the deadlines once: the
 * deadlines are a function of the whole history, so the rows are those of one event after the other.
 * The scheduler reads only the earliest act_ms and the tickets due.
 */
export const slaDeadlinesProjection: Projection<SlaDeadlinesDb, TicketEvent> = {
  name: 'sla-deadlines',
  version: 1,
  // Every event of a ticket stream: any of them may move, settle or answer a deadline.
  handles: new Set(TICKET_EVENT_TYPES),
  createSchema: createSlaDeadlinesSchema,
  apply: (trx, event) => applyEvents(trx, [event]),
  applyBatch: applyEvents,
};

async function applyEvents(trx: Transaction<SlaDeadlinesDb>, events: readonly RecordedEvent<TicketEvent>[]) {
  const ids = [...new Set(events.map((e) => e.data.ticketId))];
  const touched = new Map<string, TicketHistoryEntry[]>();
  const rows = await inIdSlices(ids, (slice) =>
    trx
      .selectFrom('sla_deadline_history')
      .select(['ticket_id', 'history'])
      .where('ticket_id', 'in', slice)
      .execute(),
  );
  const stored = new Map<string, TicketHistoryEntry[]>(
    rows.map((row) => [row.ticket_id, JSON.parse(row.history) as TicketHistoryEntry[]]),
  );
  for (const event of events) {
    const ticketId = event.data.ticketId;
    const history = touched.get(ticketId) ?? stored.get(ticketId) ?? [];
    if (history.length === 0 && event.type !== 'FaultReported') continue;
    history.push(entryOf(event));
    touched.set(ticketId, history);
  }
  if (touched.size === 0) return;
  const histories = [...touched].map(([ticket_id, history]) => ({
    ticket_id,
    history: JSON.stringify(history),
  }));
  await insertRows(trx, 'sla_deadline_history', histories, { key: ['ticket_id'], then: 'update' });
  await inIdSlices([...touched.keys()], (slice) =>
    trx.deleteFrom('sla_deadlines').where('ticket_id', 'in', slice).execute(),
  );
  await insertRows(
    trx,
    'sla_deadlines',
    [...touched].flatMap(([id, history]) => deadlineRows(id, history)),
  );
}

function deadlineRows(ticketId: string, history: TicketHistoryEntry[]): SlaDeadlineRow[] {
  return slaDeadlines(history).map((d) => ({
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
}

/** A recorded ticket event as the deadlines read it: the event, its actor's role and when it was recorded. */
export function entryOf(event: RecordedEvent<TicketEvent>): TicketHistoryEntry {
  return {
    event: domainEventOf(event),
    actorRole: event.metadata.actor.role,
    recordedAt: event.metadata.recordedAt,
  };
}
