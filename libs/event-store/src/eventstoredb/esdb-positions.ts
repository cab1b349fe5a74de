import type { Position } from '@eventstore/db-client';

/** Where a server read may start: an event's full $all position, or the start of the log. */
export type StartPoint = Position | 'start';

/**
 * The $all positions of events this process has seen, keyed by our position (the prepare
 * position), most recent last. A read of $all may only start at a record boundary the server
 * reported, never at an arbitrary number (the server refuses it or, in older versions, fails
 * reading mid-record), so a position given by a caller is mapped to one of these.
 */
export class KnownPositions {
  private readonly byPrepare = new Map<bigint, Position>();

  constructor(private readonly capacity = 10_000) {}

  remember(position: Position): void {
    this.byPrepare.delete(position.prepare);
    this.byPrepare.set(position.prepare, position);
    if (this.byPrepare.size > this.capacity)
      this.byPrepare.delete(this.byPrepare.keys().next().value as bigint);
  }

  exact(prepare: bigint): Position | undefined {
    return this.byPrepare.get(prepare);
  }

  /** The known position nearest at or below `prepare`. */
  floor(prepare: bigint): Position | undefined {
    let best: Position | undefined;
    for (const [key, position] of this.byPrepare) {
      if (key <= prepare && (best === undefined || key > best.prepare)) best = position;
    }
    return best;
  }
}

export interface FindStartOptions {
  known: KnownPositions;
  /** $all positions from the newest event backwards (any event, system ones included). */
  backwards: () => AsyncIterable<Position>;
  /** Bytes of log the adapter will rather read and skip than scan backwards for a better start. */
  maxForwardGap?: bigint;
}

/**
 * A start point for reading $all so that no event at or after `target` is missed, and as few
 * before it as practical are read: the event at `target` itself when this process has seen it;
 * else a known event shortly before it (e.g. `target` = a checkpoint + 1); else the newest event
 * at or before `target`, found by scanning $all backwards from its end (costs as much as the
 * events after `target`, which the caller is about to read anyway); else the start of the log.
 * Readers still skip every event below `target`.
 */
export async function findStartPoint(target: bigint, options: FindStartOptions): Promise<StartPoint> {
  const exact = options.known.exact(target);
  if (exact) return exact;
  const near = options.known.floor(target);
  if (near && target - near.prepare <= (options.maxForwardGap ?? 1024n * 1024n)) return near;
  for await (const position of options.backwards()) {
    if (position.prepare <= target) return position;
  }
  return 'start';
}
