import type { Kysely } from 'kysely';
import type { AnyDatabase } from '../../any-database.js';

/** The tables of notifications v3 (v3: contract rows, without a ticket): plain column types, so the DDL runs on PostgreSQL too. */
export async function createNotificationsSchema(db: Kysely<AnyDatabase>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('recipient_kind', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text')
    .addColumn('service_no', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('contract_id', 'text')
    .addColumn('period', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('timer', 'text')
    .addColumn('reason', 'text')
    .addColumn('level', 'integer')
    .addColumn('due_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('text_zh', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_recipient')
    .on('notifications')
    .columns(['recipient', 'position'])
    .execute();
  await db.schema.createIndex('notifications_position').on('notifications').columns(['position']).execute();
  await db.schema
    .createTable('notification_tickets')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('service_no', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('notification_contracts')
    .addColumn('contract_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('notification_reads')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('notification_id', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_reads_pk', ['user_id', 'notification_id'])
    .execute();
}
