import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, verifyStream, type RecordedEvent } from './index.js';

async function threeEvents(): Promise<RecordedEvent[]> {
  const store = new InMemoryEventStore(() => new Date('2026-11-20T14:00:00Z'));
  const events = [1, 2, 3].map((n) => ({
    id: randomUUID(),
    type: 'Noted',
    data: { n, note: `note ${n}` },
    metadata: { actor: { id: 'u1', role: 'agent' }, source: 'api' as const },
  }));
  await store.append('ticket-1', events, { expectedRevision: 'no_stream' });
  const read: RecordedEvent[] = [];
  for await (const e of store.readStream('ticket-1')) read.push(e);
  return read;
}

describe('verifyStream', () => {
  it('holds for an untouched stream and returns its head hash', async () => {
    const events = await threeEvents();
    expect(verifyStream(events)).toEqual({ ok: true, count: 3, headHash: events[2].hash });
  });

  it('names the event whose data was changed', async () => {
    const events = await threeEvents();
    events[1] = { ...events[1], data: { ...events[1].data, note: 'note 9' } };
    const result = verifyStream(events);
    expect(result).toMatchObject({ ok: false, count: 1, firstBad: { revision: 1, reason: 'hash-mismatch' } });
    expect(!result.ok && result.firstBad.id).toBe(events[1].id);
  });

  it('names the event whose recorded time was changed', async () => {
    const events = await threeEvents();
    events[2] = { ...events[2], metadata: { ...events[2].metadata, recordedAt: '2026-11-20T13:00:00.000Z' } };
    expect(verifyStream(events)).toMatchObject({
      ok: false,
      firstBad: { revision: 2, reason: 'hash-mismatch' },
    });
  });

  it('names the event after a removed one', async () => {
    const events = await threeEvents();
    expect(verifyStream([events[0], events[2]])).toMatchObject({
      ok: false,
      firstBad: { revision: 2, reason: 'revision-gap' },
    });
  });

  it('catches an event whose hash was recomputed to hide a change', async () => {
    const events = await threeEvents();
    const { hashEvent } = await import('./hash-chain.js');
    const forged = { ...events[0], data: { n: 1, note: 'forged' } };
    events[0] = { ...forged, hash: hashEvent(forged) };
    expect(verifyStream(events)).toMatchObject({
      ok: false,
      firstBad: { revision: 1, reason: 'prev-hash-mismatch' },
    });
  });
});
