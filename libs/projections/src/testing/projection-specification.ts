import { AssertionError } from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { RecordedEvent, EventShape } from '#event-store';
import type { AnyDatabase } from '../any-database.js';
import { createCheckpointTable } from '../checkpoint-table.js';
import type { Projection } from '../projection.js';
import { openReadDatabase } from '../read-database.js';
import { recordedEvents, type EventToRecord, type RecordingOptions } from './recorded-events.js';

type Row = Record<string, unknown>;
/** Some or all columns of a row of `table`. */
export type ExpectedRow<DB, T extends keyof DB> = { readonly [C in keyof DB[T]]?: unknown };

export interface ProjectionThen<DB> {
  /** Asserts on the read model the events left (a failing assertion fails the test). */
  then(assert: (db: Kysely<DB>) => Promise<void> | void): Promise<void>;
  /**
   * The table holds exactly these rows, in any order (a table has none: assert an ORDER BY query
   * through then() when the order is the point), compared on the columns the rows name.
   */
  thenRows<T extends keyof DB & string>(table: T, expected: readonly ExpectedRow<DB, T>[]): Promise<void>;
  /** Applying the when-events throws an instance of `errorClass`; `check` may assert more. */
  thenThrows<E extends Error>(
    errorClass: abstract new (...args: never[]) => E,
    check?: (error: E) => void,
  ): Promise<void>;
}

export interface ProjectionWhen<DB> {
  when(events: readonly EventToRecord[]): ProjectionThen<DB>;
}

type Way = 'apply' | 'applyBatch';

/**
 * Given / When / Then for a projection:
 * `ProjectionSpecification.for(slaFactsProjection)([reported]).when([escalated]).thenRows('sla_facts', [...])`.
 * The events are recorded as a store would (recordedEvents), then applied to a fresh in-memory read
 * database: the given ones in one transaction, the when ones in the next, each through apply(). A
 * projection with applyBatch also goes through it (one batch per transaction) in a second database,
 * and both must hold the same rows in every table before the assertion runs.
 */
export const ProjectionSpecification = {
  for<DB>(projection: Projection<DB, EventShape>, recording: RecordingOptions = {}) {
    return (given: readonly EventToRecord[] = []): ProjectionWhen<DB> => ({
      when: (events: readonly EventToRecord[]): ProjectionThen<DB> => {
        const log = recordedEvents([...given, ...events], recording);
        const phases = { given: log.slice(0, given.length), when: log.slice(given.length) };
        const ways: Way[] = projection.applyBatch ? ['apply', 'applyBatch'] : ['apply'];

        const then = async (assert: (db: Kysely<DB>) => Promise<void> | void) => {
          const dbs: Kysely<DB>[] = [];
          try {
            for (const way of ways) {
              const db = await givenDatabase(projection, phases.given, way, dbs);
              await applyAll(projection, db, phases.when, way);
              await projection.createIndexes?.(db as Kysely<AnyDatabase>);
            }
            if (dbs.length === 2) await expectSameRows(projection.name, dbs[0], dbs[1]);
            await assert(dbs[0]);
          } finally {
            await Promise.all(dbs.map((db) => db.destroy()));
          }
        };

        return {
          then,
          thenRows: (table, expected) =>
            then(async (db) => {
              const columns = Object.keys(expected[0] ?? {});
              const named = (row: object) => Object.keys(row).sort().join();
              if (expected.some((row) => named(row) !== named(expected[0]))) {
                throw new Error(`thenRows(${table}): name the same columns in every expected row`);
              }
              compare(
                inAnyOrder(await rowsOf(db, table, columns)),
                inAnyOrder(expected as readonly Row[]),
                `${projection.name}: rows of ${table}`,
              );
            }),
          thenThrows: async (errorClass, check) => {
            const dbs: Kysely<DB>[] = [];
            try {
              for (const way of ways) {
                const db = await givenDatabase(projection, phases.given, way, dbs);
                try {
                  await applyAll(projection, db, phases.when, way);
                } catch (error) {
                  if (!(error instanceof errorClass)) {
                    throw new AssertionError({
                      message: `${projection.name} ${way}: expected ${errorClass.name}, got ${String(error)}`,
                    });
                  }
                  check?.(error as never);
                  continue;
                }
                throw new AssertionError({
                  message: `${projection.name} ${way}: expected ${errorClass.name}, but the events were applied`,
                });
              }
            } finally {
              await Promise.all(dbs.map((db) => db.destroy()));
            }
          },
        };
      },
    });
  },
};

/** A fresh read database with the projection's tables and the given events (which must apply). */
async function givenDatabase<DB>(
  projection: Projection<DB, EventShape>,
  given: readonly RecordedEvent[],
  way: Way,
  opened: Kysely<DB>[],
): Promise<Kysely<DB>> {
  const db = openReadDatabase<DB>(':memory:');
  opened.push(db);
  const untyped = db as Kysely<AnyDatabase>;
  await createCheckpointTable(untyped);
  await projection.createSchema(untyped);
  try {
    await applyAll(projection, db, given, way);
  } catch (error) {
    throw new AssertionError({
      message: `${projection.name} ${way}: the given events failed: ${String(error)}`,
    });
  }
  return db;
}

/** The events it handles, in one transaction: one apply() each, or one applyBatch() for all. */
async function applyAll<DB>(
  projection: Projection<DB, EventShape>,
  db: Kysely<DB>,
  events: readonly RecordedEvent[],
  way: Way,
) {
  const handled = events.filter((e) => projection.handles.has(e.type));
  if (handled.length === 0) return;
  await db.transaction().execute(async (trx) => {
    if (way === 'applyBatch') await projection.applyBatch!(trx, handled);
    else for (const event of handled) await projection.apply(trx, event);
  });
}

/** apply() one event at a time and applyBatch() must leave the same rows in every table. */
async function expectSameRows<DB>(name: string, byApply: Kysely<DB>, byBatch: Kysely<DB>): Promise<void> {
  const tables = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(
    byApply,
  );
  for (const { name: table } of tables.rows) {
    const [one, batch] = await Promise.all([rowsOf(byApply, table), rowsOf(byBatch, table)]);
    compare(inAnyOrder(batch), inAnyOrder(one), `${name}: applyBatch left other rows in ${table} than apply`);
  }
}

/** The rows of a table: the named columns, or all of them (as plain objects of the test's realm). */
async function rowsOf<DB>(db: Kysely<DB>, table: string, columns: readonly string[] = []): Promise<Row[]> {
  const query = (db as Kysely<AnyDatabase>).selectFrom(table);
  const rows: Row[] = await (columns.length > 0 ? query.select(columns) : query.selectAll()).execute();
  return rows.map((row) => ({ ...row }));
}

const canonical = (row: Row) => JSON.stringify(row, Object.keys(row).sort());
const inAnyOrder = (rows: readonly Row[]) =>
  [...rows].sort((a, b) => (canonical(a) < canonical(b) ? -1 : canonical(a) > canonical(b) ? 1 : 0));

/** Deep strict equality; a failure names what was compared and carries both sides for the runner's diff. */
function compare(actual: Row[], expected: Row[], what: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  throw new AssertionError({ message: what, actual, expected, operator: 'deepStrictEqual' });
}
