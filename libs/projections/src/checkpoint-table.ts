import type { AnyDatabase } from './any-database.js';
import { type Kysely, type Transaction } from 'kysely';

/** Each projection database holds its own checkpoint, written in the same transaction as its rows. */
export interface CheckpointTable {
  projection_checkpoint: { name: string; version: number; position: string; updated_at: string };
}

export async function createCheckpointTable(db: Kysely<AnyDatabase>): Promise<void> {
  await db.schema
    .createTable('projection_checkpoint')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function readCheckpoint(db: Kysely<AnyDatabase>, name: string): Promise<bigint | undefined> {
  const row = await (db as Kysely<CheckpointTable>)
    .selectFrom('projection_checkpoint')
    .select('position')
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? BigInt(row.position) : undefined;
}

export async function writeCheckpoint(
  trx: Transaction<AnyDatabase>,
  name: string,
  version: number,
  position: bigint,
  now: Date,
): Promise<void> {
  await (trx as Transaction<CheckpointTable>)
    .insertInto('projection_checkpoint')
    .values({ name, version, position: position.toString(), updated_at: now.toISOString() })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ position: position.toString(), updated_at: now.toISOString() }),
    )
    .execute();
}

export async function hasTables(db: Kysely<AnyDatabase>): Promise<boolean> {
  return (await db.introspection.getTables()).length > 0;
}
