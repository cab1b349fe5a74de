import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { RecordedEvent, EventShape } from '#event-store';
import { createCheckpointTable } from './checkpoint-table.js';
import type { AnyDatabase } from './any-database.js';
import type { AnyProjection, Projection } from './projection.js';
import { openReadDatabase } from './read-database.js';

/** For the read models' unit tests: the events applied one by one, in one transaction, in memory. */
export async function projectInMemory<DB>(
  projection: Projection<DB, EventShape>,
  events: readonly RecordedEvent<EventShape>[],
): Promise<Kysely<DB>> {
  const db = openReadDatabase<DB>(':memory:');
  const untyped = db as unknown as Kysely<AnyDatabase>;
  await createCheckpointTable(untyped);
  await projection.createSchema(untyped);
  await db.transaction().execute(async (trx) => {
    for (const event of events) {
      if (projection.handles.has(event.type)) await projection.apply(trx, event);
    }
  });
  return db;
}

/**
 * The file `file` in `dir` after the log went through the projection one event at a time
 * ('one by one': apply) or in batches of the given sizes, cycled (applyBatch); its path.
 */
export async function projectInBatches(
  projection: AnyProjection,
  log: readonly RecordedEvent<EventShape>[],
  dir: string,
  file: string,
  sizes: number[] | 'one by one',
): Promise<string> {
  const db = openReadDatabase(join(dir, file));
  await createCheckpointTable(db);
  await projection.createSchema(db);
  const handled = log.filter((e) => projection.handles.has(e.type));
  for (let start = 0, n = 0; start < handled.length; n++) {
    const size = sizes === 'one by one' ? 1 : sizes[n % sizes.length];
    const batch = handled.slice(start, start + size);
    start += size;
    await db.transaction().execute(async (trx) => {
      if (sizes === 'one by one') await projection.apply(trx, batch[0]);
      else await projection.applyBatch!(trx, batch);
    });
  }
  await db.destroy();
  return join(dir, file);
}
