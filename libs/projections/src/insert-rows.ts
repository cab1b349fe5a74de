import type { Transaction } from 'kysely';
import type { AnyDatabase } from './any-database.js';

/** SQLite binds at most 32 766 parameters per statement (PostgreSQL 65 535): stay below both. */
const MAX_PARAMETERS = 32_000;
/** Beyond a few hundred rows a longer statement saves nothing and costs memory in the statement cache. */
const MAX_ROWS = 512;

/** What to do with a row whose key is already in the table. */
export type OnConflict =
  | { key: readonly string[]; then: 'ignore' }
  /** Overwrite every other column with the new row's value (the rows must be unique by key). */
  | { key: readonly string[]; then: 'update' };

/**
 * Inserts rows (objects with the same columns in the same order) with multi-row INSERT statements,
 * in chunks below the databases' parameter limit. Chunk sizes are powers of two, so a handful of
 * statement shapes repeat from batch to batch and stay in the prepared-statement cache.
 */
export async function insertRows(
  trx: Transaction<AnyDatabase>,
  table: string,
  rows: readonly object[],
  conflict?: OnConflict,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const updated = columns.filter((column) => !conflict?.key.includes(column));
  for (const chunk of chunks(rows, Math.floor(MAX_PARAMETERS / columns.length))) {
    let query = trx.insertInto(table).values(chunk);
    if (conflict) {
      query = query.onConflict((oc) => {
        const target = oc.columns(conflict.key as string[]);
        if (conflict.then === 'ignore') return target.doNothing();
        return target.doUpdateSet((eb) =>
          Object.fromEntries(updated.map((column) => [column, eb.ref(`excluded.${column}`)])),
        );
      });
    }
    await query.execute();
  }
}

/** The rows in chunks of the largest power of two that fits, then of smaller powers of two. */
export function* chunks<T>(rows: readonly T[], maxRows: number): Generator<T[]> {
  let size = 1;
  while (size * 2 <= Math.min(MAX_ROWS, Math.max(1, maxRows))) size *= 2;
  let start = 0;
  while (start < rows.length) {
    while (size > rows.length - start) size /= 2;
    yield rows.slice(start, start + size);
    start += size;
  }
}
