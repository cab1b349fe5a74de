import type { ReadStreamOptions } from './event-store.port.js';

/** The part of a stream's events (ordered by revision) that ReadStreamOptions asks for. */
export function readStreamSlice<T extends { revision: number }>(
  events: readonly T[],
  options: ReadStreamOptions,
): T[] {
  const max = options.maxCount ?? Number.POSITIVE_INFINITY;
  if (options.direction === 'backwards') {
    const from = options.fromRevision ?? Number.POSITIVE_INFINITY;
    return events
      .filter((e) => e.revision <= from)
      .reverse()
      .slice(0, max);
  }
  const from = options.fromRevision ?? 0;
  return events.filter((e) => e.revision >= from).slice(0, max);
}
