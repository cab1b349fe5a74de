import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventShape, RecordedEvent } from './recorded-event.js';

/** Any recorded event, whatever its domain type: hashing and chaining read only the envelope and JSON. */
type AnyRecorded = RecordedEvent<EventShape>;

/** The fields a hash covers: the whole envelope and data, except the global position (assigned by the log). */
export type HashedFields = Omit<AnyRecorded, 'position' | 'hash'>;

/** SHA-256 (hex) over the RFC 8785 canonical JSON of the event's fields and its predecessor's hash. */
export function hashEvent(event: HashedFields): string {
  const content = {
    stream: event.stream,
    revision: event.revision,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
  };
  const text = canonicalize(content);
  if (text === undefined) throw new Error(`event ${event.id} cannot be serialised canonically`);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export type ChainBreakReason = 'hash-mismatch' | 'prev-hash-mismatch' | 'revision-gap' | 'wrong-stream';

export type VerifyResult =
  | { ok: true; count: number; headHash: string | null }
  | {
      ok: false;
      count: number;
      firstBad: { id: string; revision: number; reason: ChainBreakReason; expected: string; found: string };
    };

/**
 * Checks a stream's events in order: revisions 0,1,2…, each prevHash is the hash before it,
 * each hash is recomputed from the event. Names the first event that does not hold.
 */
export function verifyStream(events: Iterable<AnyRecorded>): VerifyResult {
  let prev: AnyRecorded | undefined;
  let count = 0;
  for (const event of events) {
    const bad = checkLink(prev, event);
    if (bad) return { ok: false, count, firstBad: { id: event.id, revision: event.revision, ...bad } };
    prev = event;
    count++;
  }
  return { ok: true, count, headHash: prev?.hash ?? null };
}

/** Incremental form of verifyStream, for verifying a whole store event by event. */
export function checkLink(
  prev: AnyRecorded | undefined,
  event: AnyRecorded,
): { reason: ChainBreakReason; expected: string; found: string } | undefined {
  const expectedRevision = prev ? prev.revision + 1 : 0;
  if (prev && prev.stream !== event.stream) {
    return { reason: 'wrong-stream', expected: prev.stream, found: event.stream };
  }
  if (event.revision !== expectedRevision) {
    return { reason: 'revision-gap', expected: String(expectedRevision), found: String(event.revision) };
  }
  const expectedPrev = prev?.hash ?? null;
  if (event.prevHash !== expectedPrev) {
    return { reason: 'prev-hash-mismatch', expected: String(expectedPrev), found: String(event.prevHash) };
  }
  const recomputed = hashEvent(event);
  if (recomputed !== event.hash) return { reason: 'hash-mismatch', expected: recomputed, found: event.hash };
  return undefined;
}
