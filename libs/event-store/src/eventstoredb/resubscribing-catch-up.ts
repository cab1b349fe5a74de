import type { Position } from '@eventstore/db-client';
import type { Subscription, SubscriptionMessage } from '../event-store.port.js';
import type { RecordedEvent } from '../recorded-event.js';
import type { StartPoint } from './esdb-positions.js';
import { subscriptionOf } from '../subscription-of.js';
import { wakeableWait } from '../wakeable-wait.js';

/** One event of a server subscription to $all, in the order of the log. */
export interface FeedItem {
  /** Its full $all position: where a new subscription resumes after it. */
  at: Position;
  /** Our global position of it (see positionOf). */
  position: bigint;
  /** The ledger event, or undefined for an event that is not ours (skipped, but passed). */
  event: RecordedEvent | undefined;
}

export interface FeedHandle {
  items: AsyncIterable<FeedItem>;
  /** Stops the server subscription; a pending read of `items` then ends or fails. Idempotent. */
  close(): Promise<void>;
}

/** What the catch-up feed needs from the server. */
export interface CatchUpFeed {
  /** Our position of the last ledger event in the log now, or null when there is none. */
  head(): Promise<bigint | null>;
  /** A start point at or before `position`, to subscribe after without missing what follows it. */
  startAfter(position: bigint): Promise<StartPoint>;
  /** A live subscription to $all after `from` (or from the first event for 'start'). */
  open(from: StartPoint): FeedHandle;
}

export interface ResubscribeOptions {
  /** Exclusive checkpoint: the position of the last event already processed. */
  afterPosition?: bigint;
  /** Whether an error is worth subscribing again for (a lost connection, a leader change...). */
  isTransient: (error: unknown) => boolean;
  /** Pause before the n-th consecutive attempt (n ≥ 1). Defaults to 100 ms doubling up to 5 s. */
  backoffMs?: (attempt: number) => number;
}

export const defaultBackoffMs = (attempt: number): number => Math.min(5000, 100 * 2 ** (attempt - 1));

/**
 * A catch-up feed over a server subscription to $all that survives the connection: on a transient
 * error it waits (bounded backoff) and subscribes again right after the last event it received, so
 * that no event is skipped and none is delivered twice. It says 'caught-up' once it has delivered
 * the event that was the last of the log when it started (at once when there is nothing to catch
 * up); later events follow live. A consumer that reads slowly holds the server subscription back.
 */
export function resubscribingCatchUp(feed: CatchUpFeed, options: ResubscribeOptions): Subscription {
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  let closed = false;
  let current: FeedHandle | undefined;
  const waiting = wakeableWait();

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let last = options.afterPosition;
    let resumeAt: StartPoint | undefined;
    let target: bigint | null | undefined;
    let caughtUp = false;
    let failures = 0;
    while (!closed) {
      let handle: FeedHandle | undefined;
      try {
        if (target === undefined) target = await feed.head();
        if (!caughtUp && (target === null || (last !== undefined && target <= last))) {
          caughtUp = true;
          yield { kind: 'caught-up', position: last ?? null };
        }
        resumeAt ??= last === undefined ? 'start' : await feed.startAfter(last);
        if (closed) return;
        handle = current = feed.open(resumeAt);
        for await (const item of handle.items) {
          failures = 0;
          resumeAt = item.at;
          if (last !== undefined && item.position <= last) continue;
          last = item.position;
          if (item.event) yield { kind: 'event', event: item.event };
          if (!caughtUp && target !== null && last >= target) {
            caughtUp = true;
            yield { kind: 'caught-up', position: last };
          }
        }
        failures++; // the server ended the subscription: subscribe again, without spinning
      } catch (error) {
        if (closed) return;
        if (!options.isTransient(error)) throw error;
        failures++;
      } finally {
        current = undefined;
        await handle?.close();
      }
      if (failures > 0 && !closed) await waiting.wait(backoffMs(failures));
    }
  }

  return subscriptionOf(messages(), async () => {
    closed = true;
    waiting.wake();
    await current?.close();
  });
}
