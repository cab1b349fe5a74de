import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { SqliteEventStore, type EventStore } from '#event-store';
import { openReadDatabase, ProjectionRunner, type Projection } from './index.js';
import { note, notesProjection, type NotesDb } from './test-projection.fixture.js';

const counts = notesProjection();
type CountsDb = NotesDb;

describe('ProjectionRunner', () => {
  let dir: string;
  let store: EventStore;
  const opened: { runner?: ProjectionRunner; db: Kysely<CountsDb> }[] = [];
  const open = async (file = 'counts.sqlite') => {
    const db = openReadDatabase<CountsDb>(join(dir, file));
    const runner = new ProjectionRunner(store, counts, db);
    opened.push({ runner, db });
    await runner.start();
    return { runner, db };
  };
  const rows = (db: Kysely<CountsDb>) => db.selectFrom('notes').selectAll().orderBy('stream').execute();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-projection-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    for (const { runner, db } of opened.splice(0)) {
      await runner?.stop();
      await db.destroy();
    }
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies the events it handles, in order, and skips the others', async () => {
    await store.append('a', [note('one'), note('two'), note('x', 'Other')], {
      expectedRevision: 'no_stream',
    });
    const last = await store.append('b', [note('three')], { expectedRevision: 'no_stream' });
    const { runner, db } = await open();
    expect(await runner.waitFor(last.position, 5000)).toBe(true);
    expect(await rows(db)).toEqual([
      { stream: 'a', n: 2, last_note: 'two' },
      { stream: 'b', n: 1, last_note: 'three' },
    ]);
  });

  it('follows live appends after catching up', async () => {
    const { runner, db } = await open();
    expect(await runner.caughtUp(5000)).toBe(true);
    const result = await store.append('a', [note('live')], { expectedRevision: 'no_stream' });
    expect(await runner.waitFor(result.position, 5000)).toBe(true);
    expect(await rows(db)).toEqual([{ stream: 'a', n: 1, last_note: 'live' }]);
    expect(runner.getStatus()).toMatchObject({ state: 'live', position: result.position });
  });

  it('resumes from its checkpoint after a restart without applying anything twice', async () => {
    await store.append('a', [note('one'), note('two')], { expectedRevision: 'no_stream' });
    const first = await open();
    await first.runner.caughtUp(5000);
    await first.runner.stop();
    await first.db.destroy();
    opened.length = 0;
    const result = await store.append('a', [note('three')], { expectedRevision: 1 });
    const second = await open();
    await second.runner.waitFor(result.position, 5000);
    expect(await rows(second.db)).toEqual([{ stream: 'a', n: 3, last_note: 'three' }]);
  });

  it('rolls back a whole batch, checkpoint included, when one event fails, and stops as failed', async () => {
    await store.append('a', [note('one'), note('boom')], { expectedRevision: 'no_stream' });
    const { runner, db } = await open();
    expect(await runner.caughtUp(1000)).toBe(false);
    expect(runner.getStatus()).toMatchObject({ state: 'failed', position: null });
    expect(runner.getStatus().error).toContain('cannot project boom');
    expect(await rows(db)).toEqual([]);
  });

  it('reports a timeout when waiting for a position it never reaches', async () => {
    const { runner } = await open();
    expect(await runner.waitFor(999n, 50)).toBe(false);
  });

  it('hands a projection with applyBatch whole batches: catchUpBatchSize while catching up, batchSize once live', async () => {
    const batches: string[][] = [];
    const batched: Projection<CountsDb> = {
      ...counts,
      name: 'batched',
      async applyBatch(trx, events) {
        batches.push(events.map((e) => String(e.data.note)));
        for (const event of events) await counts.apply(trx, event);
      },
    };
    const notes = Array.from({ length: 25 }, (_, i) => note(`n${i}`));
    await store.append('a', [...notes.slice(0, 12), note('skipped', 'Other'), ...notes.slice(12)], {
      expectedRevision: 'no_stream',
    });
    const db = openReadDatabase<CountsDb>(join(dir, 'batched.sqlite'));
    const runner = new ProjectionRunner(store, batched, db, { batchSize: 3, catchUpBatchSize: 10 });
    opened.push({ runner, db });
    await runner.start();
    expect(await runner.caughtUp(5000)).toBe(true);
    // 26 events read while catching up: 10, 10, then the 6 before caught-up (one of them skipped).
    expect(batches.map((b) => b.length)).toEqual([10, 9, 6]);
    expect(batches.flat()).toEqual(notes.map((n) => n.data.note));
    const live = await store.append('a', [note('l1'), note('l2'), note('l3'), note('l4')], {
      expectedRevision: 25,
    });
    expect(await runner.waitFor(live.position, 5000)).toBe(true);
    expect(batches.slice(3).map((b) => b.length)).toEqual([3, 1]);
    expect(await rows(db)).toEqual([{ stream: 'a', n: 29, last_note: 'l4' }]);
  });

  it('creates the query indexes once, in the batch that reaches the head, before waiters hear of it', async () => {
    const indexes = (db: Kysely<CountsDb>) =>
      sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'notes_by_note'`
        .execute(db)
        .then((r) => r.rows.map((row) => row.name));
    const calls: number[] = [];
    const indexed: Projection<CountsDb> = {
      ...counts,
      name: 'indexed',
      async createIndexes(db) {
        const notes = await db.selectFrom('notes').select('n').executeTakeFirst();
        calls.push(notes?.n ?? 0);
        await db.schema.createIndex('notes_by_note').ifNotExists().on('notes').column('last_note').execute();
      },
    };
    await store.append(
      'a',
      Array.from({ length: 30 }, (_, i) => note(`n${i}`)),
      {
        expectedRevision: 'no_stream',
      },
    );
    const db = openReadDatabase<CountsDb>(join(dir, 'indexed.sqlite'));
    const runner = new ProjectionRunner(store, indexed, db, { catchUpBatchSize: 10 });
    opened.push({ runner, db });
    await runner.start();
    expect(await runner.caughtUp(5000)).toBe(true);
    expect(await indexes(db)).toEqual(['notes_by_note']);
    const live = await store.append('a', [note('live')], { expectedRevision: 29 });
    expect(await runner.waitFor(live.position, 5000)).toBe(true);
    // Called when the 30 events of the log were in (batches of 10, 10, 10), not before, not again.
    expect(calls).toEqual([30]);

    const emptyStore = new SqliteEventStore({ file: join(dir, 'empty-events.sqlite') });
    const empty = openReadDatabase<CountsDb>(join(dir, 'empty-log.sqlite'));
    const onEmpty = new ProjectionRunner(emptyStore, indexed, empty);
    opened.push({ runner: onEmpty, db: empty });
    await onEmpty.start();
    for (let i = 0; i < 100 && onEmpty.getStatus().state !== 'live'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await indexes(empty)).toEqual(['notes_by_note']);
    await onEmpty.stop();
    await emptyStore.close();
  });

  it('lets the event loop run between batches while catching up (timers, requests, progress bars)', async () => {
    const last = await store.append(
      'a',
      Array.from({ length: 2000 }, (_, i) => note(`n${i}`)),
      { expectedRevision: 'no_stream' },
    );
    const db = openReadDatabase<CountsDb>(join(dir, 'turns.sqlite'));
    const runner = new ProjectionRunner(store, counts, db, { catchUpBatchSize: 100 });
    opened.push({ runner, db });
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    await runner.start();
    setImmediate(count);
    const positions: (bigint | null)[] = [];
    const watch = setInterval(() => positions.push(runner.getStatus().position), 0);
    expect(await runner.waitFor(last.position, 10_000)).toBe(true);
    counting = false;
    clearInterval(watch);
    // 20 batches of 100: the loop turned between them, and a timer saw the runner part-way.
    expect(turns).toBeGreaterThanOrEqual(19);
    expect(positions.some((p) => p !== null && p < last.position)).toBe(true);
  });
});
