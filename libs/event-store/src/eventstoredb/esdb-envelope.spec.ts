import { randomUUID } from 'node:crypto';
import type { EventData, Position, RecordedEvent as EsdbEvent } from '@eventstore/db-client';
import { planRecords } from '../append-plan.js';
import { verifyStream } from '../hash-chain.js';
import type { NewEvent } from '../recorded-event.js';
import {
  ENVELOPE_FORMAT,
  fromEsdbEvent,
  positionOf,
  serverPositionOf,
  toEsdbEvent,
} from './esdb-envelope.js';

const actor = { id: 'user-agent-1', role: 'agent' };

function newEvent(data: NewEvent['data'] = { n: 1 }, metadata: Partial<NewEvent['metadata']> = {}): NewEvent {
  return { id: randomUUID(), type: 'FaultReported', data, metadata: { actor, source: 'api', ...metadata } };
}

/** What the client hands back for an event it appended: JSON through the wire, the server's fields added. */
function asStored(sent: EventData, stream: string, revision: number, position?: Position): EsdbEvent {
  return {
    streamId: stream,
    id: sent.id,
    revision: BigInt(revision),
    type: sent.type,
    isJson: sent.contentType === 'application/json',
    created: new Date(),
    data: JSON.parse(JSON.stringify(sent.data)),
    metadata: JSON.parse(JSON.stringify(sent.metadata)),
    position,
  } as EsdbEvent;
}

const at = (prepare: bigint, commit = prepare): Position => ({ commit, prepare });

describe('the envelope in EventStoreDB event metadata', () => {
  it('round-trips a chained stream so that its hashes still verify', () => {
    const records = planRecords(
      'ticket-1',
      [
        newEvent({ severity: 1, note: '故障 🏥' }),
        newEvent({ n: 2 }),
        newEvent({ nested: { a: [1, null, true] } }),
      ],
      undefined,
      '2026-11-20T14:00:00.000Z',
    );
    const read = records.map((r, i) =>
      fromEsdbEvent(asStored(toEsdbEvent(r), 'ticket-1', i, at(BigInt(1000 + i * 200)))),
    );
    expect(read).toEqual(records.map((r, i) => ({ ...r, position: BigInt(1000 + i * 200) })));
    expect(verifyStream(read.map((e) => e!))).toEqual({ ok: true, count: 3, headHash: records[2].hash });
  });

  it('sends the data as JSON and keeps in the metadata only what the record has no place for', () => {
    const [record] = planRecords(
      'ticket-1',
      [newEvent({ n: 1 }, { occurredAt: '2026-11-20T22:15:00+08:00', commandId: 'cmd-1' })],
      undefined,
      '2026-11-20T14:00:00.000Z',
    );
    const sent = toEsdbEvent(record);
    expect(sent).toMatchObject({
      id: record.id,
      type: 'FaultReported',
      contentType: 'application/json',
      data: { n: 1 },
    });
    expect(sent.metadata).toEqual({
      format: ENVELOPE_FORMAT,
      schemaVersion: 1,
      metadata: {
        actor,
        source: 'api',
        commandId: 'cmd-1',
        occurredAt: '2026-11-20T22:15:00+08:00',
        recordedAt: '2026-11-20T14:00:00.000Z',
      },
      prevHash: null,
      hash: record.hash,
    });
  });

  it("copies correlation and causation ids to EventStoreDB's own metadata keys", () => {
    const [record] = planRecords(
      's',
      [newEvent({}, { correlationId: 'corr-1', causationId: 'cause-1' })],
      undefined,
      '2026-11-20T14:00:00.000Z',
    );
    expect(toEsdbEvent(record).metadata).toMatchObject({ $correlationId: 'corr-1', $causationId: 'cause-1' });
  });

  it('reads an id the server spells in capitals as the lower-case id that was hashed', () => {
    const [record] = planRecords('s', [newEvent()], undefined, '2026-11-20T14:00:00.000Z');
    const stored = asStored(toEsdbEvent(record), 's', 0, at(42n));
    expect(fromEsdbEvent({ ...stored, id: stored.id.toUpperCase() } as EsdbEvent)?.id).toBe(record.id);
  });

  describe('events that are not part of the ledger are skipped', () => {
    const [record] = planRecords('s', [newEvent()], undefined, '2026-11-20T14:00:00.000Z');
    const ours = asStored(toEsdbEvent(record), 's', 0, at(42n));
    const cases: [string, EsdbEvent][] = [
      ['a system event', { ...ours, type: '$metadata' } as EsdbEvent],
      ['an event without our envelope', { ...ours, metadata: { $correlationId: 'x' } } as EsdbEvent],
      ['an event with no metadata', { ...ours, metadata: undefined } as EsdbEvent],
      [
        'an envelope of another format',
        { ...ours, metadata: { ...(ours.metadata as object), format: 'other/1' } } as EsdbEvent,
      ],
      [
        'an envelope without its hash',
        { ...ours, metadata: { ...(ours.metadata as object), hash: 7 } } as EsdbEvent,
      ],
      ['a binary event', { ...ours, isJson: false, data: new Uint8Array([1]) } as unknown as EsdbEvent],
      ['an event whose data is not a JSON object', { ...ours, data: [1, 2] } as EsdbEvent],
    ];
    it.each(cases)('%s', (_name, event) => {
      expect(fromEsdbEvent(event)).toBeUndefined();
    });
  });
});

describe('the global position', () => {
  const [record] = planRecords('s', [newEvent()], undefined, '2026-11-20T14:00:00.000Z');
  const sent = toEsdbEvent(record);

  it('is the prepare position, which stays the event’s own when a transaction shares one commit position', () => {
    const first = asStored(sent, 's', 0, at(5000n, 9000n));
    const second = asStored(sent, 's', 1, at(5200n, 9000n));
    expect([positionOf(first), positionOf(second)]).toEqual([5000n, 5200n]);
    expect(fromEsdbEvent(second)?.position).toBe(5200n);
    expect(serverPositionOf(second)).toEqual({ commit: 9000n, prepare: 5200n });
  });

  it('is refused, naming the server version needed, when the server sent none', () => {
    expect(() => positionOf(asStored(sent, 's', 0, undefined))).toThrow(/22\.6/);
    const noPosition = 2n ** 64n - 1n;
    expect(() => fromEsdbEvent(asStored(sent, 's', 0, at(noPosition, noPosition)))).toThrow(/\$all position/);
  });
});
