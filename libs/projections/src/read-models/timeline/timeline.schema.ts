import type { Kysely } from 'kysely';
import type { AnyDatabase } from '../../any-database.js';

/** The tables of timeline v1: plain column types, so the DDL runs on PostgreSQL too. */
export async function createTimelineSchema(db: Kysely<AnyDatabase>): Promise<void> {
  await db.schema
    .createTable('timeline_events')
    .addColumn('position', 'bigint', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('occurred_ms', 'bigint', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_ms', 'bigint', (c) => c.notNull())
    .addColumn('correlation_id', 'text')
    .addColumn('causation_id', 'text')
    .addColumn('command_id', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('ticket_id', 'text')
    .addColumn('summary_zh', 'text', (c) => c.notNull())
    .addColumn('summary_en', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('timeline_stream_customers')
    .addColumn('stream', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .execute();
}

/** The timeline's and the audit trail's indexes; the projection itself only reads stream ties. */
export async function createTimelineIndexes(db: Kysely<AnyDatabase>): Promise<void> {
  const indexes: [string, string[]][] = [
    ['timeline_stream', ['stream', 'revision']],
    ['timeline_ticket', ['ticket_id', 'position']],
    ['timeline_actor', ['actor_id', 'position']],
    ['timeline_customer', ['customer_id', 'position']],
    ['timeline_type', ['type', 'position']],
    ['timeline_recorded', ['recorded_ms', 'position']],
    ['timeline_correlation', ['correlation_id', 'position']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).ifNotExists().on('timeline_events').columns(columns).execute();
  }
}
