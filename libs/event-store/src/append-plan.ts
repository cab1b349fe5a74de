import type { ExpectedRevision } from './event-store.port.js';
import { hashEvent } from './hash-chain.js';
import type { NewEvent, RecordedEvent } from './recorded-event.js';
import { WrongExpectedRevisionError } from './wrong-expected-revision.error.js';
import { InvalidEventError } from './invalid-event.error.js';

/** The last event of a stream, as far as appending needs it. */
export interface StreamHead {
  revision: number;
  hash: string;
}

export function checkExpectedRevision(
  stream: string,
  expected: ExpectedRevision,
  head: StreamHead | undefined,
) {
  const actual = head ? head.revision : 'no_stream';
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && head === undefined) ||
    (expected === 'stream_exists' && head !== undefined) ||
    (typeof expected === 'number' && head?.revision === expected);
  if (!ok) throw new WrongExpectedRevisionError(stream, expected, actual);
}

export function validateExpectedRevision(expected: unknown): asserts expected is ExpectedRevision {
  const named = expected === 'any' || expected === 'no_stream' || expected === 'stream_exists';
  if (!named && !(Number.isSafeInteger(expected) && (expected as number) >= 0)) {
    throw new InvalidEventError(
      'expectedRevision',
      "must be 'any', 'no_stream', 'stream_exists' or a revision ≥ 0",
    );
  }
}

/** The records to write after `head`, chained by hash, stamped with the store's clock. */
export function planRecords(
  stream: string,
  events: readonly NewEvent[],
  head: StreamHead | undefined,
  recordedAt: string,
): Omit<RecordedEvent, 'position'>[] {
  let prevHash = head?.hash ?? null;
  let revision = head ? head.revision + 1 : 0;
  return events.map((event) => {
    const { occurredAt, ...rest } = event.metadata;
    const record = {
      id: event.id.toLowerCase(),
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      stream,
      revision: revision++,
      data: event.data,
      metadata: { ...rest, occurredAt: occurredAt ?? recordedAt, recordedAt },
      prevHash,
    };
    const hash = hashEvent(record);
    prevHash = hash;
    return { ...record, hash };
  });
}

/**
 * An append whose first event id is already stored is a retry. It is a no-op only when every event
 * of the request is stored, in order, from that place; anything else is refused.
 */
export function checkIdempotentReplay(
  stream: string,
  events: readonly NewEvent[],
  stored: readonly { id: string; stream: string; revision: number }[],
): void {
  const same =
    stored.length === events.length &&
    stored.every(
      (s, i) =>
        s.stream === stream && s.id === events[i].id.toLowerCase() && s.revision === stored[0].revision + i,
    );
  if (!same) {
    throw new InvalidEventError(
      'events[0].id',
      `is already stored (stream "${stored[0]?.stream}") but the request does not match what was stored`,
    );
  }
}

/** An event id of the request that is already stored, other than as the start of a full retry, is refused. */
export function rejectStoredIds(
  events: readonly NewEvent[],
  lookup: (id: string) => { stream: string } | undefined,
): void {
  events.forEach((event, i) => {
    const stored = lookup(event.id.toLowerCase());
    if (stored)
      throw new InvalidEventError(`events[${i}].id`, `is already stored in stream "${stored.stream}"`);
  });
}
