/** The stream changed since the caller read it (If-Match did not hold): HTTP 412. */
export class PreconditionFailedError extends Error {
  override readonly name = 'PreconditionFailedError';
  constructor(
    readonly stream: string,
    readonly expected: number,
    readonly actual: number | 'no_stream',
  ) {
    super(`"${stream}" is at revision ${String(actual)}, not ${expected} as If-Match said`);
  }
}

/** Concurrent writers kept winning; the caller should reload and decide again: HTTP 409. */
export class ConcurrencyConflictError extends Error {
  override readonly name = 'ConcurrencyConflictError';
  constructor(
    readonly stream: string,
    readonly actual: number | 'no_stream',
    readonly state: unknown,
  ) {
    super(`"${stream}" kept changing under this command; now at revision ${String(actual)}`);
  }
}

/** The stream the command is for does not exist: HTTP 404. */
export class StreamNotFoundError extends Error {
  override readonly name = 'StreamNotFoundError';
  constructor(readonly stream: string) {
    super(`"${stream}" does not exist`);
  }
}
