/** The event store the configuration names cannot be opened or reached. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
}
