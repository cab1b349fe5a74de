import type { EventStore } from './event-store.port.js';
import { asDomainEvent, type EventShape, type RecordedEvent } from './recorded-event.js';

export interface AggregatedStream<S, E extends EventShape> {
  state: S;
  /** Revision of the stream's last event read, or 'no_stream' when it has none. */
  revision: number | 'no_stream';
  events: RecordedEvent<E>[];
}

/**
 * A stream folded into its state: every place that needs an aggregate's state (the command seam,
 * queries, as-of views, dispute bundles) reads it through this. `until` stops before the first
 * event it refuses (e.g. one recorded after an instant); the events read up to then are returned.
 */
export async function aggregateStream<S, E extends EventShape>(
  store: EventStore,
  stream: string,
  evolve: (state: S, event: E) => S,
  initialState: () => S,
  options: AggregateOptions<E> = {},
): Promise<AggregatedStream<S, E>> {
  const events =
    options.tail === undefined
      ? await readUntil<E>(store, stream, options)
      : await readTail<E>(store, stream, options.tail);
  const state = events.reduce((s, event) => evolve(s, asDomainEvent(event)), initialState());
  return { state, revision: events.at(-1)?.revision ?? 'no_stream', events };
}

export interface AggregateOptions<E extends EventShape> {
  /** Read from the start up to (not including) the first event this refuses, e.g. one recorded after an instant. */
  until?: (event: RecordedEvent<E>) => boolean;
  /**
   * Read only the stream's last `tail` events: for an aggregate whose state its last events
   * already tell (a counter whose events carry the count), so that a long stream is not read whole.
   */
  tail?: number;
}

async function readUntil<E extends EventShape>(
  store: EventStore,
  stream: string,
  { until }: AggregateOptions<E>,
) {
  const events: RecordedEvent<E>[] = [];
  for await (const event of store.readStream<E>(stream)) {
    if (until && !until(event)) break;
    events.push(event);
  }
  return events;
}

async function readTail<E extends EventShape>(
  store: EventStore,
  stream: string,
  tail: number,
): Promise<RecordedEvent<E>[]> {
  const events: RecordedEvent<E>[] = [];
  for await (const event of store.readStream<E>(stream, { direction: 'backwards', maxCount: tail })) {
    events.unshift(event);
  }
  return events;
}
