import type { AnyEvent, EventShape, RecordedEvent } from './recorded-event.js';

/**
 * The store keeps events as JSON and does not know the domain's types; the stream a caller reads
 * does (a ticket stream holds ticket events). This is the one place where the two meet: every
 * adapter's readStream passes its events through here.
 */
export function typedEvents<E extends EventShape = AnyEvent>(
  events: AsyncIterable<RecordedEvent>,
): AsyncIterable<RecordedEvent<E>> {
  // Reason: JSON read back from the store is typed by the stream it came from, not checked field by field.
  return events as unknown as AsyncIterable<RecordedEvent<E>>;
}
