import type { Subscription, SubscriptionMessage } from './event-store.port.js';
import type { RecordedEvent } from './recorded-event.js';
import { subscriptionOf } from './subscription-of.js';
import { wakeableWait } from './wakeable-wait.js';

/** What a store must offer for the pull-based catch-up feed. */
export interface CatchUpSource {
  /** Up to `maxCount` committed events from `fromPosition` (inclusive), in order. */
  readPage(fromPosition: bigint, maxCount: number): RecordedEvent[] | Promise<RecordedEvent[]>;
  /** Registers a wake-up call for after each commit; returns the unsubscribe function. */
  onCommitted(listener: () => void): () => void;
}

export interface CatchUpOptions {
  afterPosition?: bigint;
  batchSize?: number;
  /** Also look for new events this often, for writers in other processes. 0 disables polling. */
  pollIntervalMs?: number;
}

/**
 * A catch-up subscription that always reads the log itself, after the last position it delivered.
 * Live notifications only wake it up, so it can neither skip nor reorder an event, and a consumer
 * that reads slowly holds it back (no unbounded buffer).
 */
export function catchUpSubscription(source: CatchUpSource, options: CatchUpOptions = {}): Subscription {
  const batchSize = options.batchSize ?? 1000;
  const pollIntervalMs = options.pollIntervalMs ?? 0;
  let closed = false;
  let dirty = false;
  const waiting = wakeableWait();
  const signal = () => {
    dirty = true;
    waiting.wake();
  };
  const unsubscribe = source.onCommitted(signal);

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let last = options.afterPosition;
    let caughtUp = false;
    try {
      while (!closed) {
        dirty = false;
        let read = 0;
        const page = await source.readPage(last === undefined ? 0n : last + 1n, batchSize);
        for (const event of page) {
          read++;
          last = event.position;
          yield { kind: 'event', event };
          if (closed) return;
        }
        if (read === batchSize) continue;
        if (!caughtUp) {
          caughtUp = true;
          yield { kind: 'caught-up', position: last ?? null };
        }
        if (!dirty && !closed) await waiting.wait(pollIntervalMs > 0 ? pollIntervalMs : undefined);
      }
    } finally {
      unsubscribe();
    }
  }

  return subscriptionOf(messages(), () => {
    closed = true;
    waiting.wake();
    unsubscribe();
  });
}
