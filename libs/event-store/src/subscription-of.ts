import type { Subscription, SubscriptionMessage } from './event-store.port.js';

/**
 * A feed's messages as a Subscription: `close()` first lets the feed stop (mark itself closed, cut
 * a pending wait short, let go of what it listens to), then ends the iteration.
 */
export function subscriptionOf(
  messages: AsyncGenerator<SubscriptionMessage>,
  stop: () => void | Promise<void>,
): Subscription {
  return {
    [Symbol.asyncIterator]: () => messages,
    async close() {
      await stop();
      await messages.return(undefined);
    },
  };
}
