import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

/** One timer for every countdown on the page, running while any is shown: they all tick in one render. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The browser's clock, re-read every second: for countdowns that move on their own. A board of 200
 * tickets shows 600 countdowns; they share one timer instead of each keeping its own.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
