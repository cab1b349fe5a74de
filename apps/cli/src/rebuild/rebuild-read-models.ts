import type { EventStore } from '#event-store';
import { type AnyProjection, ProjectionHost, READ_MODEL_PROJECTIONS } from '#projections';
import { progressBar } from '../operator/progress-bar.js';

export interface RebuildSummary {
  events: number;
  seconds: number;
}

/** A rebuild that did not catch up: the live file stays as it was (exit 1). */
export class RebuildFailed extends Error {
  constructor(name: string, cause: unknown) {
    super(
      `The rebuild of ${name} failed; its live read model is unchanged: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/**
 * Rebuilds `targets` from position 0 of `store` into new files under `dir`, one after the other,
 * each swapped in through the pointer (active-projections.json) once it has caught up; a progress
 * bar per read model on a terminal and a line each on stdout. Throws RebuildFailed naming the first
 * that did not catch up.
 */
export async function rebuildReadModels(
  store: EventStore,
  dir: string,
  targets: readonly AnyProjection[] = READ_MODEL_PROJECTIONS,
): Promise<RebuildSummary> {
  // Not started: this process runs only the new files it builds, never the live ones.
  const host = new ProjectionHost(store, READ_MODEL_PROJECTIONS, {
    dir,
    log: (message) => process.stderr.write(`${message}\n`),
  });
  let events = 0;
  let seconds = 0;
  try {
    for (const projection of targets) {
      const bar = progressBar(projection.name);
      let result;
      try {
        result = await host.rebuild(projection.name, (status, head) =>
          bar.update(Number(status.position ?? 0n), Number(head ?? 0n)),
        );
      } catch (error) {
        throw new RebuildFailed(projection.name, error);
      } finally {
        bar.stop();
      }
      events += result.events;
      seconds += result.seconds;
      process.stdout.write(
        `rebuilt ${projection.name} v${projection.version} from ${result.events} events in ` +
          `${result.seconds.toFixed(2)} s (${rate(result.events, result.seconds)} events/s); ` +
          `live now: ${result.file}\n`,
      );
    }
  } finally {
    await host.stop();
  }
  return { events, seconds };
}

export function rate(events: number, seconds: number): number {
  return seconds > 0 ? Math.round(events / seconds) : events;
}
