import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { AnyDatabase } from '../../any-database.js';
import { ESCALATION_COLUMNS, SCORE_COLUMNS, TIMER_COLUMNS } from './sla-facts.tables.js';

/**
 * The tables of sla-facts v3 (v3: sla_contracts and sla_phase_surveys), in plain types. sla_facts is keyed (and on SQLite stored, WITHOUT
 * ROWID) in report-time order, so the rows of a report's period lie side by side and a month is
 * one range read; ticket_id is unique for the projection's upserts. On PostgreSQL the same DDL
 * runs without the clause (CLUSTER on the primary key does the same there).
 */
export async function createSlaFactsSchema(db: Kysely<AnyDatabase>): Promise<void> {
  let facts = db.schema
    .createTable('sla_facts')
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('service_no', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('warranty', 'text', (c) => c.notNull())
    .addColumn('engineer_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('calendar', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'bigint', (c) => c.notNull())
    .addColumn('last_event_at', 'bigint', (c) => c.notNull())
    .addColumn('reopen_count', 'integer', (c) => c.notNull())
    .addColumn('escalations', 'integer', (c) => c.notNull())
    .addColumn('surveyed', 'integer', (c) => c.notNull());
  for (const column of TIMER_COLUMNS) {
    facts = column.endsWith('_frozen')
      ? facts.addColumn(column, 'integer', (c) => c.notNull())
      : facts.addColumn(column, 'bigint');
  }
  for (const column of ESCALATION_COLUMNS) facts = facts.addColumn(column, 'integer', (c) => c.notNull());
  for (const column of SCORE_COLUMNS) facts = facts.addColumn(column, 'integer');
  facts = facts.addPrimaryKeyConstraint('sla_facts_pk', ['reported_at', 'ticket_id']);
  if (db.getExecutor().adapter instanceof SqliteAdapter) facts = facts.modifyEnd(sql`without rowid`);
  await facts.execute();
  await db.schema.createIndex('sla_facts_ticket').unique().on('sla_facts').column('ticket_id').execute();
  await db.schema.createIndex('sla_facts_open').on('sla_facts').columns(['open', 'reported_at']).execute();
  await db.schema
    .createTable('sla_ticket_history')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('events', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sla_names')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_names_pk', ['kind', 'id'])
    .execute();
  await db.schema
    .createTable('sla_contracts')
    .addColumn('contract_id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .execute();
  let surveys = db.schema
    .createTable('sla_phase_surveys')
    .addColumn('surveyed_at', 'bigint', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull());
  for (const column of SCORE_COLUMNS) surveys = surveys.addColumn(column, 'integer');
  await surveys
    .addPrimaryKeyConstraint('sla_phase_surveys_pk', ['surveyed_at', 'contract_id', 'survey_id'])
    .execute();
}
