import { sql } from 'kysely';
import type { AnyDatabase } from './any-database.js';
import { chunks, insertRows } from './insert-rows.js';
import { openReadDatabase } from './read-database.js';

describe('insertRows', () => {
  const open = async () => {
    const db = openReadDatabase<AnyDatabase>(':memory:');
    let table = db.schema.createTable('wide').addColumn('id', 'integer', (c) => c.primaryKey());
    for (let c = 0; c < 49; c++) table = table.addColumn(`c${c}`, 'text');
    await table.execute();
    return db;
  };
  const row = (id: number, value: string) => ({
    id,
    ...Object.fromEntries(Array.from({ length: 49 }, (_, c) => [`c${c}`, `${value}${c}`])),
  });

  it('cuts rows into powers of two, largest first, none above the limit', () => {
    const sizes = (n: number, max: number) =>
      [...chunks(Array.from({ length: n }), max)].map((c) => c.length);
    expect(sizes(1000, 640)).toEqual([512, 256, 128, 64, 32, 8]);
    expect(sizes(1000, 300)).toEqual([256, 256, 256, 128, 64, 32, 8]);
    expect(sizes(3, 1)).toEqual([1, 1, 1]);
    expect(sizes(0, 100)).toEqual([]);
  });

  it('writes more rows than one statement may bind (1500 rows × 50 columns), every value in place', async () => {
    const db = await open();
    const rows = Array.from({ length: 1500 }, (_, i) => row(i, `v${i}-`));
    await db.transaction().execute((trx) => insertRows(trx, 'wide', rows));
    const { rows: counted } = await sql<{ n: number }>`SELECT count(*) AS n FROM wide`.execute(db);
    expect(counted[0].n).toBe(1500);
    expect(await db.selectFrom('wide').selectAll().where('id', '=', 1499).executeTakeFirst()).toEqual(
      row(1499, 'v1499-'),
    );
    await db.destroy();
  });

  it('leaves existing rows alone (ignore) or overwrites every other column (update)', async () => {
    const db = await open();
    await db.transaction().execute((trx) => insertRows(trx, 'wide', [row(1, 'old'), row(2, 'old')]));
    await db
      .transaction()
      .execute((trx) =>
        insertRows(trx, 'wide', [row(2, 'new'), row(3, 'new')], { key: ['id'], then: 'ignore' }),
      );
    await db
      .transaction()
      .execute((trx) => insertRows(trx, 'wide', [row(1, 'newer')], { key: ['id'], then: 'update' }));
    const all = await db.selectFrom('wide').selectAll().orderBy('id').execute();
    expect(all).toEqual([row(1, 'newer'), row(2, 'old'), row(3, 'new')]);
    await db.destroy();
  });
});
