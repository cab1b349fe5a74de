import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent } from '../index.js';

/** An adapter under contract: how to make a fresh store, and how to throw it away. */
export interface ContractAdapter {
  name: string;
  create(): Promise<EventStore>;
  /** Whether the store starts empty (a shared server does not). */
  startsEmpty: boolean;
}

export const actor = { id: 'user-agent-1', role: 'agent' } as const;

export function newEvent(type = 'Noted', data: NewEvent['data'] = { n: 1 }): NewEvent {
  return { id: randomUUID(), type, data, metadata: { actor, source: 'api' } };
}

export function uniqueStream(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Appends `count` events to `stream` in appends of `perAppend`, returning how many were written. */
export async function seed(
  store: EventStore,
  stream: string,
  count: number,
  perAppend = 1000,
): Promise<void> {
  for (let done = 0; done < count; done += perAppend) {
    const batch = Array.from({ length: Math.min(perAppend, count - done) }, (_, i) =>
      newEvent('Seeded', { i: done + i }),
    );
    await store.append(stream, batch, { expectedRevision: 'any' });
  }
}

export function ids(events: readonly RecordedEvent[]): string[] {
  return events.map((e) => e.id);
}

/**
 * Reads a subscription until `until` holds for the events received so far (or time runs out),
 * then closes it. Returns the events and whether/when 'caught-up' came.
 */
export async function readSubscription(
  store: EventStore,
  afterPosition: bigint | undefined,
  until: (events: RecordedEvent[]) => boolean,
  timeoutMs = 30_000,
): Promise<{ events: RecordedEvent[]; caughtUpAfter: number | undefined }> {
  const subscription = store.subscribeToAll({ afterPosition });
  const events: RecordedEvent[] = [];
  let caughtUpAfter: number | undefined;
  const timer = setTimeout(() => void subscription.close(), timeoutMs);
  try {
    for await (const message of subscription) {
      if (message.kind === 'caught-up') caughtUpAfter ??= events.length;
      else events.push(message.event);
      if (until(events)) break;
    }
  } finally {
    clearTimeout(timer);
    await subscription.close();
  }
  return { events, caughtUpAfter };
}
