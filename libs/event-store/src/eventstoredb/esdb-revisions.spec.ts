import { NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import {
  actualRevisionOf,
  retriesOnConflict,
  toEsdbExpectedRevision,
  toEsdbRevision,
} from './esdb-revisions.js';

describe('expected revisions sent to EventStoreDB', () => {
  it('asks for "no stream" when the stream had no head', () => {
    expect(toEsdbExpectedRevision(undefined)).toBe(NO_STREAM);
  });

  it('asks for the exact revision of the head the new events were chained onto', () => {
    expect(toEsdbExpectedRevision({ revision: 0, hash: 'a' })).toBe(0n);
    expect(toEsdbExpectedRevision({ revision: 41, hash: 'b' })).toBe(41n);
  });

  it('converts revisions to the bigint the client wants', () => {
    expect(toEsdbRevision(Number.MAX_SAFE_INTEGER)).toBe(9007199254740991n);
  });
});

describe('a wrong expected version from the server', () => {
  const error = (current: bigint | 'no_stream') =>
    new WrongExpectedVersionError(undefined, { streamName: 'ticket-1', expected: 3n, current });

  it('names the revision the stream is actually at', () => {
    expect(actualRevisionOf(error(7n))).toBe(7);
  });

  it('says "no_stream" when the stream does not exist', () => {
    expect(actualRevisionOf(error('no_stream'))).toBe('no_stream');
  });
});

describe('whether a lost race is worth chaining onto the new head', () => {
  it.each([
    ['any', true],
    ['stream_exists', true],
    ['no_stream', false],
    [0, false],
    [12, false],
  ] as const)('%s → %s', (expected, retries) => {
    expect(retriesOnConflict(expected)).toBe(retries);
  });
});
