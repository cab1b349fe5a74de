import { WrongExpectedRevisionError, type EventStore } from '#event-store';
import type { Histogram } from 'prom-client';

/**
 * The process's event store with each append timed into `histogram` (outcome ok, conflict or
 * error); everything else is the store's own.
 */
export function timedAppends(store: EventStore, histogram: Histogram<'outcome'>): EventStore {
  const append: EventStore['append'] = async (stream, events, options) => {
    const done = histogram.startTimer();
    try {
      const result = await store.append(stream, events, options);
      done({ outcome: 'ok' });
      return result;
    } catch (error) {
      done({ outcome: error instanceof WrongExpectedRevisionError ? 'conflict' : 'error' });
      throw error;
    }
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
