import type { Transaction } from 'kysely';
import { TICKET_WORK_EVENT_TYPES, type TicketEvent } from '#domain';
import { domainEventOf, type RecordedEvent } from '#event-store';
import { inIdSlices } from '../../id-slices.js';
import { insertRows } from '../../insert-rows.js';
import type { Projection } from '../../projection.js';
import { ticketRow } from './ticket-row.js';
import { createTicketsIndexes, createTicketsSchema } from './tickets.schema.js';
import type { TicketHistoryRow, TicketRow, TicketsDb } from './tickets.tables.js';

interface StoredHistory {
  recordedAt: string;
  events: TicketEvent[];
}

/** A ticket touched by the batch: its whole history so far and the latest event of the batch. */
interface Touched {
  history: StoredHistory;
  latest: RecordedEvent<TicketEvent>;
}

/**
 * tickets: one row per ticket for GET /api/tickets (filters, sorting, paging) with the facts of
 * its SLA timers, from which the query computes each timer's state at the instant it runs. The
 * ticket's events are kept beside the row, so that each new event re-reads the SLA clock.
 * A batch reads each touched ticket's history once, appends its events in memory and writes the
 * history and the row once, from all its events: the same row as one event after the other.
 */
export const ticketsProjection: Projection<TicketsDb, TicketEvent> = {
  name: 'tickets',
  version: 1,
  handles: new Set(TICKET_WORK_EVENT_TYPES),
  createSchema: createTicketsSchema,
  createIndexes: createTicketsIndexes,
  apply: (trx, event) => applyTicketEvents(trx, [event]),
  applyBatch: applyTicketEvents,
};

async function applyTicketEvents(
  trx: Transaction<TicketsDb>,
  events: readonly RecordedEvent<TicketEvent>[],
): Promise<void> {
  const stored = await storedHistories(trx, [...new Set(events.map((e) => e.data.ticketId))]);
  const touched = new Map<string, Touched>();
  for (const event of events) {
    const ticketEvent = domainEventOf(event);
    const ticketId = ticketEvent.data.ticketId;
    const history = touched.get(ticketId)?.history ??
      stored.get(ticketId) ?? { recordedAt: event.metadata.recordedAt, events: [] };
    if (history.events.length === 0 && ticketEvent.type !== 'FaultReported') continue;
    history.events.push(ticketEvent);
    touched.set(ticketId, { history, latest: event });
  }
  const histories: TicketHistoryRow[] = [];
  const rows: TicketRow[] = [];
  for (const [ticketId, { history, latest }] of touched) {
    histories.push({ ticket_id: ticketId, events: JSON.stringify(history) });
    rows.push(
      ticketRow(history.events, {
        recordedAt: history.recordedAt,
        revision: latest.revision,
        position: latest.position,
        updatedAt: latest.metadata.recordedAt,
      }),
    );
  }
  await insertRows(trx, 'ticket_history', histories, { key: ['ticket_id'], then: 'update' });
  await insertRows(trx, 'tickets', rows, { key: ['id'], then: 'update' });
}

/** The stored histories of these tickets (those that have one). */
async function storedHistories(trx: Transaction<TicketsDb>, ticketIds: readonly string[]) {
  const found = await inIdSlices(ticketIds, (slice) =>
    trx
      .selectFrom('ticket_history')
      .select(['ticket_id', 'events'])
      .where('ticket_id', 'in', slice)
      .execute(),
  );
  return new Map<string, StoredHistory>(
    found.map((row) => [row.ticket_id, JSON.parse(row.events) as StoredHistory]),
  );
}
