import type { Kysely } from 'kysely';
import type { AnyDatabase } from '../../any-database.js';

/** The tables of kb v1: plain column types, so the DDL runs on PostgreSQL too. */
export async function createKbSchema(db: Kysely<AnyDatabase>): Promise<void> {
  await db.schema
    .createTable('kb_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text')
    .addColumn('symptom', 'text')
    .addColumn('cause', 'text')
    .addColumn('fix', 'text')
    .addColumn('category', 'text')
    .addColumn('product_name', 'text')
    .addColumn('product_version', 'text')
    .addColumn('playbook_kind', 'text')
    .addColumn('prevention', 'text')
    .addColumn('response', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kb_entries_position').on('kb_entries').columns(['position']).execute();
  await db.schema
    .createTable('kb_revisions')
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_revisions_pk', ['entry_id', 'revision'])
    .execute();
  await db.schema
    .createTable('kb_terms')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_terms_pk', ['term', 'entry_id'])
    .execute();
  await db.schema.createIndex('kb_terms_entry').on('kb_terms').columns(['entry_id']).execute();
}
