import type { TicketEvent, TicketEventType } from '#domain';
import type { Projection } from '../../projection.js';
import { ticketRow } from './ticket-row.js';
import { createTicketsSchema } from './tickets.schema.js';
import type { TicketsDb } from './tickets.tables.js';

const TICKET_EVENTS: readonly TicketEventType[] = [
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

interface StoredHistory {
  recordedAt: string;
  events: TicketEvent[];
}

/**
 * tickets: one row per ticket for GET /api/tickets (filters, sorting, paging) with the facts of
 * its SLA timers, from which the query computes each timer's state at the instant it runs. The
 * ticket's events are kept beside the row, so that each new event re-reads the SLA clock.
 */
export const ticketsProjection: Projection<TicketsDb> = {
  name: 'tickets',
  version: 1,
  handles: new Set<string>(TICKET_EVENTS),
  createSchema: createTicketsSchema,
  async apply(trx, event) {
    const ticketEvent = { type: event.type, data: event.data } as unknown as TicketEvent;
    const ticketId = ticketEvent.data.ticketId;
    const stored = await trx
      .selectFrom('ticket_history')
      .select('events')
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    const history: StoredHistory = stored
      ? (JSON.parse(stored.events) as StoredHistory)
      : { recordedAt: event.metadata.recordedAt, events: [] };
    if (history.events.length === 0 && ticketEvent.type !== 'FaultReported') return;
    history.events.push(ticketEvent);
    const json = JSON.stringify(history);
    await trx
      .insertInto('ticket_history')
      .values({ ticket_id: ticketId, events: json })
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ events: json }))
      .execute();
    const row = ticketRow(history.events, {
      recordedAt: history.recordedAt,
      revision: event.revision,
      position: event.position,
      updatedAt: event.metadata.recordedAt,
    });
    const { id: _id, ...update } = row;
    await trx
      .insertInto('tickets')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(update))
      .execute();
  },
};
