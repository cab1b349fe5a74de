/** The configuration asks for an event store that this build cannot provide. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
}
