import type { AnyDatabase } from './any-database.js';
import { openReadDatabase } from './read-database.js';
import { READ_MODEL_PROJECTIONS } from './read-model-projections.js';

/**
 * A restart on an existing read model runs its query indexes again once it is at the head: every
 * projection's createIndexes must accept indexes that are already there.
 */
describe.each(READ_MODEL_PROJECTIONS.map((p) => [p.name, p] as const))(
  'read model %s',
  (_name, projection) => {
    it('creates its schema, then its indexes twice without error', async () => {
      const db = openReadDatabase<AnyDatabase>(':memory:');
      try {
        await projection.createSchema(db);
        await projection.createIndexes?.(db);
        await expect(projection.createIndexes?.(db) ?? Promise.resolve()).resolves.toBeUndefined();
      } finally {
        await db.destroy();
      }
    });
  },
);
