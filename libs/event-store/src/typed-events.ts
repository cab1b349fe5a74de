import type { ReadStreamOptions } from './event-store.port.js';
import type { AnyEvent, EventShape, RecordedEvent } from './recorded-event.js';

/**
 * An adapter's readStream from its untyped reader. The store keeps events as JSON and does not
 * know the domain's types; the stream a caller reads does (a ticket stream holds ticket events).
 * This is the one place where the two meet: every adapter's readStream is made here.
 */
export function typedReadStream(
  read: (stream: string, options: ReadStreamOptions) => AsyncIterable<RecordedEvent>,
) {
  return <E extends EventShape = AnyEvent>(
    stream: string,
    options: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent<E>> =>
    // Reason: JSON read back from the store is typed by the stream it came from, not checked field by field.
    read(stream, options) as unknown as AsyncIterable<RecordedEvent<E>>;
}
