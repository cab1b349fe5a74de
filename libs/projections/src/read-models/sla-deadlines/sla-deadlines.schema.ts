import type { Kysely } from 'kysely';
import type { AnyDatabase } from '../../any-database.js';

export async function createSlaDeadlinesSchema(db: Kysely<AnyDatabase>): Promise<void> {
  await db.schema
    .createTable('sla_deadlines')
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('timer', 'text', (c) => c.notNull())
    .addColumn('level', 'integer')
    .addColumn('reason', 'text')
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('act_at', 'text', (c) => c.notNull())
    .addColumn('act_ms', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_deadlines_pk', ['ticket_id', 'key'])
    .execute();
  await db.schema.createIndex('sla_deadlines_by_act_ms').on('sla_deadlines').columns(['act_ms']).execute();
  await db.schema
    .createTable('sla_deadline_history')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('history', 'text', (c) => c.notNull())
    .execute();
}
