import {
  NO_STREAM,
  type AppendExpectedRevision,
  type WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { StreamHead } from '../append-plan.js';
import type { ExpectedRevision } from '../event-store.port.js';

/**
 * What the adapter asks the server to check on append. It always sends the exact head it chained
 * the new events onto (or "no stream"), whatever the caller expected: our expectation was already
 * checked against that head, and the server's check makes sure nobody appended in between, so
 * the hash chain of a stream cannot fork.
 */
export function toEsdbExpectedRevision(head: StreamHead | undefined): AppendExpectedRevision {
  return head ? BigInt(head.revision) : NO_STREAM;
}

/** The revision the server says the stream is at, in the port's terms. */
export function actualRevisionOf(error: WrongExpectedVersionError): number | 'no_stream' {
  return typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : 'no_stream';
}

/**
 * Whether losing a race on the server still leaves the caller's expectation open, so that the
 * adapter may chain onto the new head and try again ('any', 'stream_exists'); an exact revision or
 * 'no_stream' is then simply wrong.
 */
export function retriesOnConflict(expected: ExpectedRevision): boolean {
  return expected === 'any' || expected === 'stream_exists';
}

/** A revision of the port (number) where the client wants one (bigint). */
export function toEsdbRevision(revision: number): bigint {
  return BigInt(revision);
}
