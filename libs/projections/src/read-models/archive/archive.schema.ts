import type { Kysely } from 'kysely';
import type { AnyDatabase } from '../../any-database.js';

const TEXT_COLUMNS = [
  'customer_id',
  'contract_id',
  'service_no',
  'reported_at_iso',
  'time_zone',
  'status',
  'kind',
  'urgency',
  'channel',
  'product_name',
  'product_version',
  'description',
  'reporter',
  'taken_by',
  'warranty',
] as const;
const OPTIONAL_TEXT = [
  'cause',
  'measures',
  'resolution',
  'category',
  'resolved_by',
  'resolved_at',
  'confirmed_at',
  'closed_at',
] as const;

const CUSTOMER_DETAILS = ['short_name', 'address', 'postcode', 'phone', 'fax', 'email'] as const;

/** The tables of archive v3 (portable DDL: text, integer, bigint). */
export async function createArchiveSchema(db: Kysely<AnyDatabase>): Promise<void> {
  let tickets = db.schema
    .createTable('archive_tickets')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('reported_at', 'bigint', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('reopen_count', 'integer', (c) => c.notNull());
  for (const column of TEXT_COLUMNS) tickets = tickets.addColumn(column, 'text', (c) => c.notNull());
  for (const column of OPTIONAL_TEXT) tickets = tickets.addColumn(column, 'text');
  await tickets.execute();
  await db.schema
    .createTable('archive_escalations')
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('automatic', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('escalated_by', 'text', (c) => c.notNull())
    .addColumn('escalated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('archive_escalations_pk', ['ticket_id', 'seq'])
    .execute();
  await db.schema
    .createTable('archive_surveys')
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('surveyed_at', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('comments', 'text')
    .addColumn('respondent', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('archive_surveys_pk', ['ticket_id', 'seq'])
    .execute();
  await db.schema
    .createTable('archive_ticket_events')
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('archive_ticket_events_pk', ['ticket_id', 'seq'])
    .execute();
  let customers = db.schema
    .createTable('archive_customers')
    .addColumn('customer_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull());
  for (const column of CUSTOMER_DETAILS) customers = customers.addColumn(column, 'text');
  await customers.execute();
  await db.schema
    .createTable('archive_staff')
    .addColumn('staff_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .execute();
  await db.schema
    .createTable('archive_contracts')
    .addColumn('contract_id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('product_version', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('archive_plan_records')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('done_at', 'bigint', (c) => c.notNull())
    .addColumn('done_at_iso', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('archive_plan_records_pk', ['contract_id', 'kind', 'record_id'])
    .execute();
}

/** A customer's archive by period; the projection itself reads tickets by id only. */
export async function createArchiveIndexes(db: Kysely<AnyDatabase>): Promise<void> {
  await db.schema
    .createIndex('archive_plan_records_customer')
    .ifNotExists()
    .on('archive_plan_records')
    .columns(['customer_id', 'done_at'])
    .execute();
  await db.schema
    .createIndex('archive_tickets_customer')
    .ifNotExists()
    .on('archive_tickets')
    .columns(['customer_id', 'reported_at'])
    .execute();
}
