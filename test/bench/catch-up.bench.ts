/**
 * subscribeToAll() from the start of the seeded log until it says 'caught-up', against raw
 * better-sqlite3 paging the same rows and parsing data and metadata (the reported ratio), side by side
 * in chunks.
 */
import { SqliteEventStore, type EventStore } from '#event-store';
import { alternatingPasses, blackhole, describeChunks, warmUp, type Pass } from './measure.js';
import { checkPragmas, openRaw, rawPass } from './raw-sqlite.js';
import { CHUNK_EVENTS, WARMUP_EVENTS } from './read-all.bench.js';
import { usPerOp, type Scenario } from './scenario.js';

export const catchUp: Scenario = {
  id: 'catch-up',
  aliases: ['catchUp', 'subscription', 'subscribe'],
  async run({ options, log, seededLog }) {
    const file = await seededLog();
    const store = new SqliteEventStore({ file });
    const raw = openRaw(file);
    const notes = checkPragmas(store, raw);
    try {
      await warmUp(WARMUP_EVENTS, [catchUpPass(store), rawPass(raw, { parse: true })]);
      log(
        `  one catch-up over ${options.events} events per variant, alternating in chunks of ${CHUNK_EVENTS}`,
      );
      const result = await alternatingPasses(CHUNK_EVENTS, {
        ours: catchUpPass(store),
        rawParsed: rawPass(raw, { parse: true }),
      });
      const ours = result.ours.total.perSecond;
      const parsed = result.rawParsed.total.perSecond;
      if (result.ours.total.count !== options.events) {
        notes.push(`WARNING: the subscription delivered ${result.ours.total.count} events before caught-up`);
      }
      notes.push(
        `catch-up: ${usPerOp(ours)} per event vs raw + JSON.parse ${usPerOp(parsed)} (reported ratio: vs raw + JSON.parse)`,
        describeChunks('catch-up', result),
      );
      return {
        rows: [
          {
            scenario: `catch-up subscription, ${options.events} events`,
            ours,
            baseline: 'raw paged + JSON.parse',
            baselineRate: parsed,
            target: { kind: 'rate', min: 200_000 },
          },
        ],
        notes,
        details: { events: options.events, chunkEvents: CHUNK_EVENTS, ...result },
      };
    } finally {
      await store.close();
      raw.close();
    }
  },
};

/** A fresh subscription from the start, read until 'caught-up', then closed. */
function catchUpPass(store: EventStore): Pass {
  const subscription = store.subscribeToAll();
  const iterator = subscription[Symbol.asyncIterator]();
  let done = false;
  return {
    async step(max) {
      let count = 0;
      let sink = 0;
      while (!done && count < max) {
        const next = await iterator.next();
        if (next.done || next.value.kind === 'caught-up') {
          done = true;
          break;
        }
        sink += next.value.event.revision;
        count++;
      }
      blackhole(sink);
      return count;
    },
    close: () => subscription.close(),
  };
}
