/**
 * A full `for await` over store.readAll() of the seeded log, against raw better-sqlite3 paging the same
 * rows with the adapter's SELECT and page size, once parsing data and metadata (the reported ratio: the
 * same work the adapter must do) and once without (how much of the floor is JSON.parse). The three
 * passes run side by side in chunks.
 */
import { SqliteEventStore, type EventStore } from '#event-store';
import { alternatingPasses, blackhole, describeChunks, warmUp, type Pass } from './measure.js';
import { checkPragmas, openRaw, rawPass } from './raw-sqlite.js';
import { usPerOp, type Scenario } from './scenario.js';

/** Events read by each variant before measuring, to warm the JIT (not the whole log). */
export const WARMUP_EVENTS = 50_000;
/** Events each variant reads before the next variant takes its turn. */
export const CHUNK_EVENTS = 50_000;

export const readAll: Scenario = {
  id: 'read-all',
  aliases: ['readAll', 'read'],
  async run({ options, log, seededLog }) {
    const file = await seededLog();
    const store = new SqliteEventStore({ file });
    const raw = openRaw(file);
    const notes = checkPragmas(store, raw);
    try {
      await warmUp(WARMUP_EVENTS, [
        readAllPass(store),
        rawPass(raw, { parse: true }),
        rawPass(raw, { parse: false }),
      ]);
      log(
        `  one full pass over ${options.events} events per variant, alternating in chunks of ${CHUNK_EVENTS}`,
      );
      const result = await alternatingPasses(CHUNK_EVENTS, {
        ours: readAllPass(store),
        rawParsed: rawPass(raw, { parse: true }),
        rawUnparsed: rawPass(raw, { parse: false }),
      });
      const ours = result.ours.total.perSecond;
      const parsed = result.rawParsed.total.perSecond;
      const unparsed = result.rawUnparsed.total.perSecond;
      for (const [key, m] of Object.entries(result)) {
        if (m.total.count !== options.events) {
          notes.push(`WARNING: ${key} read ${m.total.count} events, expected ${options.events}`);
        }
      }
      notes.push(
        `readAll: ${usPerOp(ours)} per event; raw paging ${usPerOp(unparsed)}, + JSON.parse of data and metadata ` +
          `${usPerOp(parsed)}; the adapter adds ${(1e6 / ours - 1e6 / parsed).toFixed(2)} µs per event over raw+parse ` +
          `(reported ratio: vs raw + JSON.parse)`,
        describeChunks('readAll', result),
      );
      return {
        rows: [
          {
            scenario: `readAll, ${options.events} events`,
            ours,
            baseline: 'raw paged + JSON.parse',
            baselineRate: parsed,
            target: { kind: 'rate', min: 200_000 },
          },
          {
            scenario: `readAll, ${options.events} events (info)`,
            ours,
            baseline: 'raw paged, no parse',
            baselineRate: unparsed,
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

/** store.readAll() from the start, consumed with the async iterator protocol as `for await` does. */
function readAllPass(store: EventStore): Pass {
  const iterator = store.readAll()[Symbol.asyncIterator]();
  return {
    async step(max) {
      let count = 0;
      let sink = 0;
      while (count < max) {
        const next = await iterator.next();
        if (next.done) break;
        sink += next.value.revision;
        count++;
      }
      blackhole(sink);
      return count;
    },
    async close() {
      await iterator.return?.();
    },
  };
}
