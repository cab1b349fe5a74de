import { randomUUID } from 'node:crypto';
import {
  InvalidEventError,
  verifyStream,
  WrongExpectedRevisionError,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '../index.js';
import {
  actor,
  collect,
  ids,
  newEvent,
  readSubscription,
  seed,
  uniqueStream,
  type ContractAdapter,
} from './contract-fixtures.js';

/** The rules every adapter obeys. Each test uses its own streams, so a shared server works too. */
export function eventStoreContract(adapter: ContractAdapter): void {
  let store: EventStore;
  beforeEach(async () => {
    store = await adapter.create();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('append and read a stream', () => {
    it('writes the first event of a new stream at revision 0 with the full envelope', async () => {
      const stream = uniqueStream();
      const before = Date.now();
      const event: NewEvent = {
        id: randomUUID(),
        type: 'FaultReported',
        data: { severity: 1 },
        metadata: {
          actor,
          source: 'api',
          occurredAt: '2026-11-20T22:15:00+08:00',
          commandId: 'cmd-1',
          correlationId: 'corr-1',
          causationId: 'cause-1',
        },
      };
      const result = await store.append(stream, [event], { expectedRevision: 'no_stream' });
      const [recorded] = await collect(store.readStream(stream));
      expect(result.nextRevision).toBe(0);
      expect(recorded.position).toBe(result.position);
      expect(recorded).toMatchObject({
        id: event.id,
        type: 'FaultReported',
        schemaVersion: 1,
        stream,
        revision: 0,
        data: { severity: 1 },
        prevHash: null,
        metadata: {
          actor,
          source: 'api',
          occurredAt: '2026-11-20T22:15:00+08:00',
          commandId: 'cmd-1',
          correlationId: 'corr-1',
          causationId: 'cause-1',
        },
      });
      const recordedAt = Date.parse(recorded.metadata.recordedAt);
      expect(recordedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(recordedAt).toBeLessThanOrEqual(Date.now() + 1000);
      expect(recorded.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('defaults occurredAt to the time the store recorded the event', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent()], { expectedRevision: 'no_stream' });
      const [recorded] = await collect(store.readStream(stream));
      expect(recorded.metadata.occurredAt).toBe(recorded.metadata.recordedAt);
    });

    it('chains each event to the hash of the one before it', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
      await store.append(stream, [newEvent()], { expectedRevision: 1 });
      const events = await collect(store.readStream(stream));
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(events[1].prevHash).toBe(events[0].hash);
      expect(events[2].prevHash).toBe(events[1].hash);
      expect(verifyStream(events)).toEqual({ ok: true, count: 3, headHash: events[2].hash });
    });

    it('reads a stream forwards and backwards within the bounds asked for', async () => {
      const stream = uniqueStream();
      const written = Array.from({ length: 10 }, (_, i) => newEvent('Counted', { i }));
      await store.append(stream, written, { expectedRevision: 'no_stream' });
      const forwards = await collect(store.readStream(stream, { fromRevision: 3, maxCount: 4 }));
      const backwards = await collect(store.readStream(stream, { direction: 'backwards', maxCount: 3 }));
      const backFrom = await collect(store.readStream(stream, { direction: 'backwards', fromRevision: 2 }));
      expect(forwards.map((e) => e.data.i)).toEqual([3, 4, 5, 6]);
      expect(backwards.map((e) => e.data.i)).toEqual([9, 8, 7]);
      expect(backFrom.map((e) => e.data.i)).toEqual([2, 1, 0]);
    });

    it('reads nothing from a stream that does not exist', async () => {
      expect(await collect(store.readStream(uniqueStream()))).toEqual([]);
    });
  });

  describe('expected revision', () => {
    it('refuses no_stream on an existing stream, naming the actual revision', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
      const error = await store
        .append(stream, [newEvent()], { expectedRevision: 'no_stream' })
        .catch((e) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream, expected: 'no_stream', actual: 1 });
    });

    it('refuses a revision on a stream that does not exist', async () => {
      const error = await store.append(uniqueStream(), [newEvent()], { expectedRevision: 0 }).catch((e) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error.actual).toBe('no_stream');
    });

    it('refuses stream_exists on a new stream and accepts it on an existing one', async () => {
      const stream = uniqueStream();
      await expect(
        store.append(stream, [newEvent()], { expectedRevision: 'stream_exists' }),
      ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await store.append(stream, [newEvent()], { expectedRevision: 'any' });
      await expect(
        store.append(stream, [newEvent()], { expectedRevision: 'stream_exists' }),
      ).resolves.toMatchObject({
        nextRevision: 1,
      });
    });

    it('lets exactly one of many concurrent appends at the same revision win', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent()], { expectedRevision: 'no_stream' });
      const attempts = await Promise.allSettled(
        Array.from({ length: 10 }, () => store.append(stream, [newEvent()], { expectedRevision: 0 })),
      );
      const won = attempts.filter((a) => a.status === 'fulfilled');
      const lost = attempts.filter((a) => a.status === 'rejected') as PromiseRejectedResult[];
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(9);
      for (const l of lost) expect(l.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await collect(store.readStream(stream))).toHaveLength(2);
    });
  });

  describe('idempotent retries', () => {
    it('treats a retry of the same events as a no-op returning the first result', async () => {
      const stream = uniqueStream();
      const events = [newEvent(), newEvent()];
      const first = await store.append(stream, events, { expectedRevision: 'no_stream' });
      const retry = await store.append(stream, events, { expectedRevision: 'no_stream' });
      expect(retry).toEqual(first);
      expect(await collect(store.readStream(stream))).toHaveLength(2);
    });

    it('still answers a retry after later events were appended', async () => {
      const stream = uniqueStream();
      const events = [newEvent()];
      const first = await store.append(stream, events, { expectedRevision: 'no_stream' });
      await store.append(stream, [newEvent()], { expectedRevision: 0 });
      expect(await store.append(stream, events, { expectedRevision: 'no_stream' })).toEqual(first);
      expect(await collect(store.readStream(stream))).toHaveLength(2);
    });

    it('refuses a request that reuses a stored event id with different companions', async () => {
      const stream = uniqueStream();
      const stored = newEvent();
      await store.append(stream, [stored], { expectedRevision: 'no_stream' });
      await expect(
        store.append(stream, [stored, newEvent()], { expectedRevision: 0 }),
      ).rejects.toBeInstanceOf(InvalidEventError);
      expect(await collect(store.readStream(stream))).toHaveLength(1);
    });
  });

  describe('the global log', () => {
    it('keeps the order of appends across streams with positions that only grow', async () => {
      const head = await store.headPosition();
      const [a, b] = [uniqueStream('a'), uniqueStream('b')];
      const written: string[] = [];
      for (let i = 0; i < 6; i++) {
        const event = newEvent('Step', { i });
        written.push(event.id);
        await store.append(i % 2 ? b : a, [event], { expectedRevision: 'any' });
      }
      const all = await collect(store.readAll({ fromPosition: head === null ? undefined : head + 1n }));
      const ours = all.filter((e) => e.stream === a || e.stream === b);
      expect(ids(ours)).toEqual(written);
      for (let i = 1; i < all.length; i++) expect(all[i].position > all[i - 1].position).toBe(true);
    });

    it('reads $all from an inclusive position with a maximum count', async () => {
      const stream = uniqueStream();
      await seed(store, stream, 5, 1);
      const events = await collect(store.readStream(stream));
      const slice = await collect(store.readAll({ fromPosition: events[1].position, maxCount: 3 }));
      expect(ids(slice)).toEqual(ids(events.slice(1, 4)));
    });

    it('reports the head position', async () => {
      if (adapter.startsEmpty) expect(await store.headPosition()).toBeNull();
      const result = await store.append(uniqueStream(), [newEvent()], { expectedRevision: 'no_stream' });
      expect(await store.headPosition()).toBe(result.position);
    });
  });

  describe('catch-up subscription', () => {
    it('starts after a checkpoint and neither skips nor repeats while writers append', async () => {
      const stream = uniqueStream('before');
      await seed(store, stream, 200, 7);
      const existing = await collect(store.readStream(stream));
      const checkpoint = existing[99].position;
      const writers = Array.from({ length: 4 }, (_, w) => uniqueStream(`writer${w}`));
      const writing = Promise.all(writers.map((s) => seed(store, s, 50, 1)));
      const ourStreams = new Set([stream, ...writers]);
      const expectedCount = 100 + 4 * 50;
      const received = await readSubscription(
        store,
        checkpoint,
        (events) => events.filter((e) => ourStreams.has(e.stream)).length >= expectedCount,
      );
      await writing;
      const log = await collect(store.readAll({ fromPosition: checkpoint + 1n }));
      const ours = (events: RecordedEvent[]) => ids(events.filter((e) => ourStreams.has(e.stream)));
      expect(ours(received.events)).toEqual(ours(log).slice(0, expectedCount));
      expect(new Set(ids(received.events)).size).toBe(received.events.length);
      expect(received.events[0].position > checkpoint).toBe(true);
    });

    it('catches up over 100,000 events, says so, then delivers live ones', async () => {
      const head = await store.headPosition();
      const stream = uniqueStream('bulk');
      await seed(store, stream, 100_000, 1000);
      const live = [newEvent('Live', { n: 1 }), newEvent('Live', { n: 2 })];
      const subscription = store.subscribeToAll({ afterPosition: head ?? undefined });
      let count = 0;
      let caughtUpAt: number | undefined;
      const liveSeen: string[] = [];
      for await (const message of subscription) {
        if (message.kind === 'caught-up') {
          caughtUpAt = count;
          await store.append(uniqueStream('live'), live, { expectedRevision: 'no_stream' });
          continue;
        }
        count++;
        if (message.event.type === 'Live') liveSeen.push(message.event.id);
        if (liveSeen.length === 2) break;
      }
      await subscription.close();
      expect(caughtUpAt).toBeGreaterThanOrEqual(100_000);
      expect(liveSeen).toEqual(ids(live as unknown as RecordedEvent[]));
    }, 120_000);
  });

  describe('payloads', () => {
    it('keeps unicode text exactly', async () => {
      const stream = uniqueStream();
      const text = '故障描述：系统宕机 🏥 naïve café ‏עברית‎ e\u0301 \u0000 "quotes" \\ \n\t';
      await store.append(stream, [newEvent('Unicode', { text, [text]: 'key' })], {
        expectedRevision: 'no_stream',
      });
      const [recorded] = await collect(store.readStream(stream));
      expect(recorded.data).toEqual({ text, [text]: 'key' });
      expect(verifyStream([recorded]).ok).toBe(true);
    });

    it('keeps a 1 MB payload exactly', async () => {
      const stream = uniqueStream();
      const big = 'x'.repeat(512 * 1024) + '文'.repeat((512 * 1024) / 3);
      await store.append(stream, [newEvent('Big', { big })], { expectedRevision: 'no_stream' });
      const [recorded] = await collect(store.readStream(stream));
      expect(recorded.data.big).toBe(big);
      expect(verifyStream([recorded]).ok).toBe(true);
    });
  });

  describe('malformed events', () => {
    const bad: [string, string, (e: NewEvent) => unknown][] = [
      ['an id that is not a UUID', 'events[0].id', (e) => ({ ...e, id: 'not-a-uuid' })],
      ['a missing type', 'events[0].type', (e) => ({ ...e, type: undefined })],
      ['data that is not an object', 'events[0].data', (e) => ({ ...e, data: [1, 2] })],
      ['an undefined value in data', 'events[0].data.note', (e) => ({ ...e, data: { note: undefined } })],
      ['a number JSON cannot hold', 'events[0].data.n', (e) => ({ ...e, data: { n: Number.NaN } })],
      ['a lone surrogate', 'events[0].data.s', (e) => ({ ...e, data: { s: '\uD800' } })],
      ['a date object', 'events[0].data.at', (e) => ({ ...e, data: { at: new Date() } })],
      ['a missing actor', 'events[0].metadata.actor', (e) => ({ ...e, metadata: { source: 'api' } })],
      [
        'an unknown source',
        'events[0].metadata.source',
        (e) => ({ ...e, metadata: { actor, source: 'fax' } }),
      ],
      [
        'an occurredAt that is not an instant',
        'events[0].metadata.occurredAt',
        (e) => ({ ...e, metadata: { ...e.metadata, occurredAt: 'yesterday' } }),
      ],
      [
        'a client-given recordedAt',
        'events[0].metadata.recordedAt',
        (e) => ({ ...e, metadata: { ...e.metadata, recordedAt: '2026-01-01T00:00:00Z' } }),
      ],
    ];

    it.each(bad)('refuses %s, naming the field, and writes nothing', async (_name, field, spoil) => {
      const stream = uniqueStream();
      const head = await store.headPosition();
      const events = [newEvent(), spoil(newEvent())] as NewEvent[];
      const fieldInBatch = field.replace('events[0]', 'events[1]');
      const error = await store.append(stream, events, { expectedRevision: 'any' }).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidEventError);
      expect(error.field).toBe(fieldInBatch);
      expect(await collect(store.readStream(stream))).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    });

    it('refuses an empty append, a bad stream name and a bad expected revision', async () => {
      await expect(store.append(uniqueStream(), [], { expectedRevision: 'any' })).rejects.toMatchObject({
        field: 'events',
      });
      await expect(store.append('$system', [newEvent()], { expectedRevision: 'any' })).rejects.toMatchObject({
        field: 'stream',
      });
      await expect(
        store.append(uniqueStream(), [newEvent()], { expectedRevision: -1 as unknown as number }),
      ).rejects.toMatchObject({ field: 'expectedRevision' });
    });
  });
}
