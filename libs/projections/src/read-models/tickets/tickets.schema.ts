import type { Kysely } from 'kysely';
import type { AnyDatabase } from '../../any-database.js';
import { TIMER_COLUMN_PREFIX } from './tickets.tables.js';

const TIMER_MS = ['started_ms', 'due_ms', 'at_risk_ms', 'breached_from_ms', 'completed_ms'];
const TIMER_AT = ['due_at', 'at_risk_at', 'breached_at', 'completed_at', 'frozen_at'];

/** The tables of tickets v1: plain column types (text, integer, bigint) so the DDL runs on PostgreSQL too. */
export async function createTicketsSchema(db: Kysely<AnyDatabase>): Promise<void> {
  let table = db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_no', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('product_version', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reporter_name', 'text', (c) => c.notNull())
    .addColumn('reporter_phone', 'text')
    .addColumn('reporter_email', 'text')
    .addColumn('reporter_fax', 'text')
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('reported_ms', 'bigint', (c) => c.notNull())
    .addColumn('original_reported_at', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_ms', 'bigint', (c) => c.notNull())
    .addColumn('taken_by', 'text', (c) => c.notNull())
    .addColumn('warranty', 'text', (c) => c.notNull())
    .addColumn('warranty_until', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('engineers', 'text', (c) => c.notNull())
    .addColumn('escalation_level', 'integer', (c) => c.notNull())
    .addColumn('escalations', 'text', (c) => c.notNull())
    .addColumn('resolved_by', 'text')
    .addColumn('resolution_cause', 'text')
    .addColumn('resolution_measures', 'text')
    .addColumn('resolution_text', 'text')
    .addColumn('resolution_category', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('confirmation_due_at', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('last_position', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_ms', 'bigint', (c) => c.notNull());
  for (const prefix of Object.values(TIMER_COLUMN_PREFIX)) {
    table = table.addColumn(`${prefix}_target`, 'text', (c) => c.notNull());
    for (const column of TIMER_MS) table = table.addColumn(`${prefix}_${column}`, 'bigint');
    for (const column of TIMER_AT) table = table.addColumn(`${prefix}_${column}`, 'text');
  }
  await table.execute();
  await db.schema
    .createTable('ticket_history')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('events', 'text', (c) => c.notNull())
    .execute();
}

/** The list's indexes (filters, sorts, paging); the projection itself only reads by id. */
export async function createTicketsIndexes(db: Kysely<AnyDatabase>): Promise<void> {
  const indexes: [string, string[]][] = [
    ['tickets_reported', ['reported_ms', 'id']],
    ['tickets_updated', ['updated_ms', 'id']],
    ['tickets_customer', ['customer_id', 'reported_ms']],
    ['tickets_contract', ['contract_id', 'reported_ms']],
    ['tickets_status', ['status', 'reported_ms']],
    ['tickets_assignee', ['assignee_id', 'reported_ms']],
    ['tickets_resolution_due', ['resolution_due_ms', 'id']],
    ['tickets_service_no', ['service_no']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).ifNotExists().on('tickets').columns(columns).execute();
  }
}
