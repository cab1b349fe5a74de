import type { ExpectedRevision } from './event-store.port.js';

/** The stream was not where the writer expected it. Every adapter throws this one error. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** Revision of the stream's last event, or 'no_stream'. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream "${stream}" expected at ${String(expected)} but is at ${String(actual)}`);
  }
}
