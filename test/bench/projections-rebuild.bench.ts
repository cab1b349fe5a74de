/**
 * Rebuild rate of every read model (READ_MODEL_PROJECTIONS) from position 0 over a realistic ticket
 * log (ticket-log.ts: ~10 events per ticket, made by the domain's deciders), with the runner the
 * service and `npm run cli -- rebuild` use, one projection after the other, each into a fresh file.
 * Baseline, in the same run: raw better-sqlite3 copying the same rows (paged SELECT from the event
 * file, one INSERT per event into one table, a transaction per page of 1000, the read models'
 * pragmas), once before and once after ours; the mean of the two is the reported baseline.
 *
 * Events: BENCH_EVENTS, else --events (default 1 000 000 × BENCH_SCALE).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { SqliteEventStore, type EventStore } from '#event-store';
import { openReadDatabase, ProjectionRunner, READ_MODEL_PROJECTIONS, type Projection } from '#projections';
import { collectGarbage, formatSeconds, now } from './measure.js';
import type { Scenario } from './scenario.js';
import { seedTicketLog } from './seed-ticket-log.js';

export const projectionsRebuild: Scenario = {
  id: 'projections-rebuild',
  aliases: ['rebuild', 'projections'],
  async run({ options, dir, log }) {
    const target = Math.round(Number(process.env.BENCH_EVENTS ?? options.events));
    if (!Number.isFinite(target) || target <= 0) throw new Error(`BENCH_EVENTS must be a positive number`);
    const file = join(dir, 'events.sqlite');
    log(`  seeding a ticket log of about ${target} events (domain deciders + planRecords, not measured)…`);
    const seeded = await seedTicketLog(file, target);
    const notes = [
      `rebuild seed: ${seeded.events} events of ${seeded.tickets} tickets in ${formatSeconds(seeded.seconds)} (not measured)`,
    ];
    const events = seeded.events;

    const rawBefore = rawCopy(file, join(dir, 'raw-before.sqlite'));
    log(`  raw copy: ${Math.round(rawBefore.perSecond)} rows/s`);
    const store = new SqliteEventStore({ file });
    const perProjection: Record<string, { seconds: number; perSecond: number; rows: number }> = {};
    try {
      for (const projection of READ_MODEL_PROJECTIONS) {
        collectGarbage();
        const result = await rebuildOne(store, projection, join(dir, `${projection.name}.sqlite`), log);
        perProjection[projection.name] = { ...result, perSecond: events / result.seconds };
        log(
          `  ${projection.name}: ${events} events in ${formatSeconds(result.seconds)} (${Math.round(events / result.seconds)} events/s, ${result.rows} rows written)`,
        );
      }
    } finally {
      await store.close();
    }
    collectGarbage();
    const rawAfter = rawCopy(file, join(dir, 'raw-after.sqlite'));
    log(`  raw copy again: ${Math.round(rawAfter.perSecond)} rows/s`);

    const seconds = Object.values(perProjection).reduce((sum, p) => sum + p.seconds, 0);
    const ours = events / seconds;
    const baseline = (rawBefore.perSecond + rawAfter.perSecond) / 2;
    notes.push(
      `rebuild: all ${READ_MODEL_PROJECTIONS.length} projections over ${events} events in ${formatSeconds(seconds)}: ` +
        Object.entries(perProjection)
          .map(([name, p]) => `${name} ${Math.round(p.perSecond)}/s`)
          .join(', ') +
        `; raw copy ${Math.round(rawBefore.perSecond)}/s before, ${Math.round(rawAfter.perSecond)}/s after`,
    );
    return {
      rows: [
        {
          scenario: `rebuild all projections, ${events} events`,
          ours,
          baseline: 'raw copy of the same rows',
          baselineRate: baseline,
          target: { kind: 'rate', min: 50_000 },
        },
      ],
      notes,
      details: { events, tickets: seeded.tickets, seconds, perProjection, rawBefore, rawAfter },
    };
  },
};

/** One projection from position 0 into a fresh file until it has processed the head. */
async function rebuildOne(
  store: EventStore,
  projection: Projection,
  file: string,
  log: (line: string) => void,
): Promise<{ seconds: number; rows: number }> {
  const db = openReadDatabase(file);
  const runner = new ProjectionRunner(store, projection, db);
  const head = await store.headPosition();
  const start = now();
  const progress = setInterval(() => {
    const done = runner.getStatus().eventsProcessed;
    const elapsed = Number(now() - start) / 1e9;
    log(`    ${projection.name}: ${done} events, ${Math.round(done / elapsed)}/s`);
  }, 30_000);
  try {
    await runner.start();
    const reached = head === null || (await runner.waitFor(head, 24 * 3600_000));
    const seconds = Number(now() - start) / 1e9;
    const status = runner.getStatus();
    if (!reached || status.state === 'failed') {
      throw new Error(`rebuild of ${projection.name} failed: ${status.error ?? status.state}`);
    }
    await runner.stop();
    const tables = await db.introspection.getTables();
    let rows = 0;
    for (const table of tables.filter((t) => t.name !== 'projection_checkpoint')) {
      const { rows: counted } = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM ${sql.table(table.name)}`.execute(db);
      rows += Number(counted[0]?.n ?? 0);
    }
    return { seconds, rows };
  } finally {
    clearInterval(progress);
    await runner.stop();
    await db.destroy();
  }
}

/** The floor: the same rows read page by page and inserted into one table, one transaction per page. */
function rawCopy(source: string, target: string): { rows: number; seconds: number; perSecond: number } {
  const from = new Database(source, { readonly: true });
  const to = new Database(target);
  to.pragma('journal_mode = WAL');
  to.pragma('synchronous = NORMAL');
  to.exec(
    `CREATE TABLE copy (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL)`,
  );
  const page = from.prepare(
    `SELECT position, stream, type, data, metadata FROM events WHERE position >= ? ORDER BY position LIMIT 1000`,
  );
  const insert = to.prepare(
    `INSERT INTO copy (position, stream, type, data, metadata) VALUES (?, ?, ?, ?, ?)`,
  );
  type Row = { position: number; stream: string; type: string; data: string; metadata: string };
  const insertPage = to.transaction((rows: Row[]) => {
    for (const r of rows) insert.run(r.position, r.stream, r.type, r.data, r.metadata);
  });
  const start = now();
  let rows = 0;
  let position = 0;
  try {
    for (;;) {
      const batch = page.all(position) as Row[];
      if (batch.length === 0) break;
      insertPage(batch);
      rows += batch.length;
      position = batch[batch.length - 1].position + 1;
    }
  } finally {
    from.close();
    to.close();
  }
  const seconds = Number(now() - start) / 1e9;
  return { rows, seconds, perSecond: rows / seconds };
}
