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

const NONE = '-1';

/**
 * Makes sure the projection has a checkpoint row (position "none"), so that claimCheckpoint can lock
 * it. Returns true when it created the row, i.e. the database is new and needs its tables.
 */
export async function ensureCheckpointRow(db: Kysely<AnyDatabase>, name: string, version: number, now: Date) {
  const inserted = await (db as Kysely<CheckpointTable>)
    .insertInto('projection_checkpoint')
    .values({ name, version, position: NONE, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * The first statement of a batch's transaction: a write, so the transaction takes the write lock at
 * once (no read-then-upgrade deadlock) and sees the latest checkpoint, even one that another process
 * serving the same read models wrote meanwhile.
 */
export async function claimCheckpoint(trx: Transaction<AnyDatabase>, name: string, now: Date) {
  const row = await (trx as Transaction<CheckpointTable>)
    .updateTable('projection_checkpoint')
    .set({ updated_at: now.toISOString() })
    .where('name', '=', name)
    .returning('position')
    .executeTakeFirst();
  return row && row.position !== NONE ? BigInt(row.position) : undefined;
}

export async function readCheckpoint(db: Kysely<AnyDatabase>, name: string): Promise<bigint | undefined> {
  const row = await (db as Kysely<CheckpointTable>)
    .selectFrom('projection_checkpoint')
    .select('position')
    .where('name', '=', name)
    .executeTakeFirst();
  return row && row.position !== NONE ? BigInt(row.position) : undefined;
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
