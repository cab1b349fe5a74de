/**
 * One writer, one event per append, each append awaited before the next: the adapter's commit rate,
 * to new streams ('no_stream') and to existing streams (exact expected revision), against raw
 * better-sqlite3 committing the same rows one per transaction, in alternating slices.
 */
import { join } from 'node:path';
import { SqliteEventStore } from '#event-store';
import { rawRow, streamName, ticketEvent } from './bench-events.js';
import { alternating, describeRounds, now, type TimeBox } from './measure.js';
import { checkPragmas, openRaw, rawInserter } from './raw-sqlite.js';
import { usPerOp, type Scenario } from './scenario.js';

/** Streams that the existing-stream variants cycle through, seeded with one event each. */
const EXISTING_STREAMS = 1000;

export const appendSingle: Scenario = {
  id: 'append-single',
  aliases: ['append', 'single'],
  async run({ options, dir, log }) {
    const box: TimeBox = { seconds: options.seconds, warmupSeconds: options.warmupSeconds };
    const store = new SqliteEventStore({ file: join(dir, 'ours.sqlite') });
    const raw = openRaw(join(dir, 'raw.sqlite'));
    const insertRaw = rawInserter(raw);
    const notes = checkPragmas(store, raw);
    let n = 0;
    try {
      const ours = new ExistingStreams(EXISTING_STREAMS);
      const theirs = new ExistingStreams(EXISTING_STREAMS);
      for (const stream of ours.names)
        await store.append(stream, [ticketEvent(n++)], { expectedRevision: 'no_stream' });
      const recordedAt = new Date().toISOString();
      raw.transaction(() => theirs.names.forEach((s) => insertRaw(rawRow(n++, s, 0, recordedAt))))();

      log(`  new streams: ${options.rounds} rounds × ${box.seconds} s per variant, alternating`);
      const fresh = await alternating(box, options.rounds, {
        ours: async (until) => {
          let count = 0;
          while (now() < until) {
            await store.append(streamName(n), [ticketEvent(n++)], { expectedRevision: 'no_stream' });
            count++;
          }
          return count;
        },
        raw: (until) => {
          let count = 0;
          while (now() < until) {
            insertRaw(rawRow(n, streamName(n++), 0, new Date().toISOString()));
            count++;
          }
          return count;
        },
      });

      log(`  existing streams: ${options.rounds} rounds × ${box.seconds} s per variant, alternating`);
      const existing = await alternating(box, options.rounds, {
        ours: async (until) => {
          let count = 0;
          while (now() < until) {
            const [stream, revision] = ours.next();
            await store.append(stream, [ticketEvent(n++)], { expectedRevision: revision });
            count++;
          }
          return count;
        },
        raw: (until) => {
          let count = 0;
          while (now() < until) {
            const [stream, revision] = theirs.next();
            insertRaw(rawRow(n++, stream, revision + 1, new Date().toISOString()));
            count++;
          }
          return count;
        },
      });

      const newOurs = fresh.ours.median.perSecond;
      const newRaw = fresh.raw.median.perSecond;
      const oldOurs = existing.ours.median.perSecond;
      const oldRaw = existing.raw.median.perSecond;
      notes.push(
        `append to new streams: ${usPerOp(newOurs)} per append vs ${usPerOp(newRaw)} per raw commit ` +
          `(adapter overhead ${Math.round(1e6 * (1 / newOurs - 1 / newRaw))} µs per append)`,
        `append to existing streams (${EXISTING_STREAMS} streams round-robin): ${usPerOp(oldOurs)} per append vs ` +
          `${usPerOp(oldRaw)} per raw commit (adapter overhead ${Math.round(1e6 * (1 / oldOurs - 1 / oldRaw))} µs per append)`,
        describeRounds('append to new streams', fresh),
        describeRounds('append to existing streams', existing),
      );
      return {
        rows: [
          {
            scenario: 'append 1 event, new stream, 1 writer',
            ours: newOurs,
            baseline: 'raw 1 row/txn',
            baselineRate: newRaw,
            target: { kind: 'ratio', min: 0.6 },
          },
          {
            scenario: 'append 1 event, existing stream, 1 writer',
            ours: oldOurs,
            baseline: 'raw 1 row/txn',
            baselineRate: oldRaw,
            target: { kind: 'ratio', min: 0.6 },
          },
        ],
        notes,
        details: { newStreams: fresh, existingStreams: existing, existingStreamCount: EXISTING_STREAMS },
      };
    } finally {
      await store.close();
      raw.close();
    }
  },
};

/** Round-robin over a set of streams, tracking each one's last revision. */
export class ExistingStreams {
  readonly names: string[];
  private readonly revisions: number[];
  private cursor = 0;

  constructor(count: number) {
    this.names = Array.from({ length: count }, (_, i) => streamName(i));
    this.revisions = this.names.map(() => 0);
  }

  /** The next stream and its current last revision; the caller appends exactly one event to it. */
  next(): [stream: string, revision: number] {
    const i = this.cursor;
    this.cursor = (i + 1) % this.names.length;
    return [this.names[i], this.revisions[i]++];
  }
}
