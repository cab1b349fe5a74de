/** An event (or an append request) that the store refuses to write; nothing of the request was written. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  constructor(
    /** Path of the offending field, e.g. "events[0].data.note". */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Invalid event: ${field} ${reason}`);
  }
}
