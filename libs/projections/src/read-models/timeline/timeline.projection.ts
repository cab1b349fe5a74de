import type { Transaction } from 'kysely';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';
import { eventSummary } from './event-summary.js';
import { createTimelineSchema } from './timeline.schema.js';
import type { TimelineDb } from './timeline.tables.js';

/** A set that holds every event type: the audit trail keeps one row per event of every stream. */
class EveryEventType extends Set<string> {
  override has(): boolean {
    return true;
  }
}

const TICKET_STREAM = /^ticket-(.+)$/;

/**
 * timeline: one row per event of every stream (tickets, contracts, customers, staff, service
 * numbers, ...) with its envelope and a bilingual summary line. It serves a ticket's timeline
 * (GET /api/tickets/:id/timeline) and the audit trail (GET /api/audit).
 */
export const timelineProjection: Projection<TimelineDb> = {
  name: 'timeline',
  version: 1,
  handles: new EveryEventType(),
  createSchema: createTimelineSchema,
  async apply(trx, event) {
    const { metadata, data } = event;
    const summary = eventSummary(event.type, data, metadata.actor.role);
    const ticketId = TICKET_STREAM.exec(event.stream)?.[1] ?? stringOr(data.ticketId);
    await trx
      .insertInto('timeline_events')
      .values({
        position: Number(event.position),
        event_id: event.id,
        stream: event.stream,
        revision: event.revision,
        type: event.type,
        actor_id: metadata.actor.id,
        actor_role: metadata.actor.role,
        source: metadata.source,
        occurred_at: metadata.occurredAt,
        occurred_ms: Date.parse(metadata.occurredAt),
        recorded_at: metadata.recordedAt,
        recorded_ms: Date.parse(metadata.recordedAt),
        correlation_id: metadata.correlationId ?? null,
        causation_id: metadata.causationId ?? null,
        command_id: metadata.commandId ?? null,
        customer_id: await customerOf(trx, event),
        ticket_id: ticketId,
        summary_zh: summary.zh,
        summary_en: summary.en,
      })
      .execute();
  },
};

/** The event's own customerId (which then ties its stream to that customer), or its stream's. */
async function customerOf(trx: Transaction<TimelineDb>, event: RecordedEvent): Promise<string | null> {
  const own = stringOr(event.data.customerId);
  if (own !== null) {
    await trx
      .insertInto('timeline_stream_customers')
      .values({ stream: event.stream, customer_id: own })
      .onConflict((oc) => oc.column('stream').doNothing())
      .execute();
    return own;
  }
  const tied = await trx
    .selectFrom('timeline_stream_customers')
    .select('customer_id')
    .where('stream', '=', event.stream)
    .executeTakeFirst();
  return tied?.customer_id ?? null;
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
