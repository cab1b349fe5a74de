import type { Transaction } from 'kysely';
import type { RecordedEvent } from '#event-store';
import { insertRows } from '../../insert-rows.js';
import type { Projection } from '../../projection.js';
import { eventSummary } from './event-summary.js';
import { createTimelineIndexes, createTimelineSchema } from './timeline.schema.js';
import type { StreamCustomerRow, TimelineDb, TimelineEventRow } from './timeline.tables.js';

/** A set that holds every event type: the audit trail keeps one row per event of every stream. */
class EveryEventType extends Set<string> {
  override has(): boolean {
    return true;
  }
}

const TICKET_STREAM = /^ticket-(.+)$/;

/** stream IN (...) lists stay well below the databases' parameter limits. */
const STREAMS_PER_QUERY = 500;

/**
 * timeline: one row per event of every stream (tickets, contracts, customers, staff, service
 * numbers, ...) with its envelope and a bilingual summary line. It serves a ticket's timeline
 * (GET /api/tickets/:id/timeline) and the audit trail (GET /api/audit).
 * A batch reads the customers tied to its streams once and writes its rows with multi-row inserts.
 */
export const timelineProjection: Projection<TimelineDb> = {
  name: 'timeline',
  // 2: summary lines for inspections, revisits, knowledge-base cases and playbooks.
  // 3: summary lines for missed service-plan periods and phase surveys.
  version: 3,
  handles: new EveryEventType(),
  createSchema: createTimelineSchema,
  createIndexes: createTimelineIndexes,
  apply: (trx, event) => applyTimelineEvents(trx, [event]),
  applyBatch: applyTimelineEvents,
};

async function applyTimelineEvents(trx: Transaction<TimelineDb>, events: readonly RecordedEvent[]) {
  const customers = await tiedCustomers(trx, [...new Set(events.map((e) => e.stream))]);
  const ties: StreamCustomerRow[] = [];
  const rows = events.map((event): TimelineEventRow => {
    const { metadata, data } = event;
    const summary = eventSummary(event.type, data, metadata.actor.role);
    // The event's own customerId (which then ties its stream to that customer), or its stream's.
    const own = stringOr(data.customerId);
    if (own !== null && !customers.has(event.stream)) {
      customers.set(event.stream, own);
      ties.push({ stream: event.stream, customer_id: own });
    }
    return {
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
      customer_id: own ?? customers.get(event.stream) ?? null,
      ticket_id: TICKET_STREAM.exec(event.stream)?.[1] ?? stringOr(data.ticketId),
      summary_zh: summary.zh,
      summary_en: summary.en,
    };
  });
  await insertRows(trx, 'timeline_stream_customers', ties, { key: ['stream'], then: 'ignore' });
  await insertRows(trx, 'timeline_events', rows);
}

/** The customer each of these streams is tied to (streams without one are left out). */
async function tiedCustomers(trx: Transaction<TimelineDb>, streams: readonly string[]) {
  const tied = new Map<string, string>();
  for (let i = 0; i < streams.length; i += STREAMS_PER_QUERY) {
    const found = await trx
      .selectFrom('timeline_stream_customers')
      .select(['stream', 'customer_id'])
      .where('stream', 'in', streams.slice(i, i + STREAMS_PER_QUERY))
      .execute();
    for (const row of found) tied.set(row.stream, row.customer_id);
  }
  return tied;
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
