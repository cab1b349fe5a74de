/**
 * Several writers appending at once, each to its own existing stream with an exact expected revision,
 * each awaiting its append before the next: group commit should put their appends in one transaction,
 * so the rate should be a multiple of the single writer's. Measured against our single writer (same
 * run, interleaved), the raw single-row commit rate, and raw batches of `writers` rows per transaction
 * (the ceiling group commit can approach).
 */
import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '#event-store';
import { rawRow, ticketEvent } from './bench-events.js';
import { ExistingStreams } from './append-single.bench.js';
import { alternating, describeRounds, now, type TimeBox } from './measure.js';
import { checkPragmas, openRaw, rawBatchInserter, rawInserter } from './raw-sqlite.js';
import { usPerOp, type Scenario } from './scenario.js';

export const appendConcurrent: Scenario = {
  id: 'append-concurrent',
  aliases: ['append', 'concurrent', 'group-commit'],
  async run({ options, dir, log }) {
    const box: TimeBox = { seconds: options.seconds, warmupSeconds: options.warmupSeconds };
    const writers = options.writers;
    const store = new SqliteEventStore({ file: join(dir, 'ours.sqlite') });
    const raw = openRaw(join(dir, 'raw.sqlite'));
    const insertRaw = rawInserter(raw);
    const insertRawBatch = rawBatchInserter(raw);
    const notes = checkPragmas(store, raw);
    let n = 0;
    try {
      // Each writer owns one stream; the single writer cycles through its own streams as in append-single.
      const ownStreams = Array.from({ length: writers }, () => new ExistingStreams(1));
      const single = new ExistingStreams(1000);
      const theirs = new ExistingStreams(1000);
      for (const s of [...ownStreams.flatMap((o) => o.names), ...single.names]) {
        await store.append(s, [ticketEvent(n++)], { expectedRevision: 'no_stream' });
      }
      const recordedAt = new Date().toISOString();
      raw.transaction(() => theirs.names.forEach((s) => insertRaw(rawRow(n++, s, 0, recordedAt))))();

      log(
        `  ${writers} writers vs 1 writer vs raw: ${options.rounds} rounds × ${box.seconds} s per variant, alternating`,
      );
      const result = await alternating(box, options.rounds, {
        concurrent: async (until) => {
          const counts = await Promise.all(ownStreams.map((streams) => writer(store, streams, until)));
          return counts.reduce((a, b) => a + b, 0);
        },
        single: (until) => writer(store, single, until),
        raw: (until) => {
          let count = 0;
          while (now() < until) {
            const [stream, revision] = theirs.next();
            insertRaw(rawRow(n++, stream, revision + 1, new Date().toISOString()));
            count++;
          }
          return count;
        },
        rawBatch: (until) => {
          let count = 0;
          while (now() < until) {
            const at = new Date().toISOString();
            const rows = Array.from({ length: writers }, () => {
              const [stream, revision] = theirs.next();
              return rawRow(n++, stream, revision + 1, at);
            });
            insertRawBatch(rows);
            count += rows.length;
          }
          return count;
        },
      });

      const concurrent = result.concurrent.median.perSecond;
      const one = result.single.median.perSecond;
      const rawRate = result.raw.median.perSecond;
      const ceiling = result.rawBatch.median.perSecond;
      return {
        rows: [
          {
            scenario: `append 1 event, ${writers} concurrent writers`,
            ours: concurrent,
            baseline: 'raw 1 row/txn',
            baselineRate: rawRate,
          },
          {
            scenario: `${writers} concurrent writers vs our 1 writer`,
            ours: concurrent,
            baseline: 'ours, 1 writer',
            baselineRate: one,
            target: { kind: 'ratio', min: 3 },
          },
          {
            scenario: `${writers} concurrent writers vs raw ${writers} rows/txn`,
            ours: concurrent,
            baseline: `raw ${writers} rows/txn`,
            baselineRate: ceiling,
          },
        ],
        notes: [
          ...notes,
          `${writers} writers: ${usPerOp(concurrent / writers)} per round of ${writers} appends ` +
            `(one group commit at best); raw ${writers} rows/txn: ${usPerOp(ceiling / writers)} per transaction`,
          describeRounds(`${writers} writers`, result),
        ],
        details: { writers, ...result },
      };
    } finally {
      await store.close();
      raw.close();
    }
  },
};

async function writer(store: EventStore, streams: ExistingStreams, until: bigint): Promise<number> {
  let count = 0;
  while (now() < until) {
    const [stream, revision] = streams.next();
    await store.append(stream, [ticketEvent(count)], { expectedRevision: revision });
    count++;
  }
  return count;
}
