import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';

/** What a projection runner tells about itself when asked. */
export interface ProjectionProgress {
  /** Global position of the last event the projection has processed, or null before the first. */
  checkpoint: bigint | null;
  /** The runner has reached the head of the feed once and now follows it live. */
  caughtUp: boolean;
  /** Set when the runner has stopped on an error. */
  error?: string;
}

export interface ProjectionStatus extends ProjectionProgress {
  name: string;
  /** The store's head position when the status was taken. */
  head: bigint | null;
  /** head - checkpoint (a count of events on SQLite, a distance in the log on EventStoreDB); 0 when level. */
  lag: bigint;
}

export interface ProjectionsReport {
  /** True when every registered projection is caught up (and so when none is registered). */
  caughtUp: boolean;
  projections: ProjectionStatus[];
}

/**
 * Where projection runners make their progress visible (to /health, later to operators). A runner
 * registers a function that returns its progress, and calls the returned function when it stops.
 */
@Injectable()
export class ProjectionStatusRegistry {
  private readonly sources = new Map<string, () => ProjectionProgress>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  register(name: string, progress: () => ProjectionProgress): () => void {
    if (this.sources.has(name)) throw new Error(`A projection named "${name}" is already registered`);
    this.sources.set(name, progress);
    return () => {
      if (this.sources.get(name) === progress) this.sources.delete(name);
    };
  }

  async report(): Promise<ProjectionsReport> {
    const head = this.sources.size > 0 ? await this.store.headPosition() : null;
    const projections = [...this.sources].map(([name, progress]): ProjectionStatus => {
      const { checkpoint, caughtUp, error } = progress();
      const lag = head === null ? 0n : head - (checkpoint ?? 0n);
      return {
        name,
        checkpoint,
        head,
        lag: lag > 0n ? lag : 0n,
        caughtUp: caughtUp && !error,
        ...(error ? { error } : {}),
      };
    });
    return { caughtUp: projections.every((p) => p.caughtUp), projections };
  }
}
