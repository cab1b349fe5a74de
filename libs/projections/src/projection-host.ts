import { rmSync, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { EventStore } from '#event-store';
import { ActiveFiles } from './active-files.js';
import type { AnyDatabase } from './any-database.js';
import type { AnyProjection } from './projection.js';
import { ProjectionRunner, type ProjectionStatus } from './projection-runner.js';
import { openReadDatabase } from './read-database.js';

export interface ProjectionHostOptions {
  /** Folder of the read-model files and of the pointer naming the live one of each projection. */
  dir: string;
  now?: () => Date;
  /** How often to look for a swap made by another process (a CLI rebuild). 0: never. */
  watchIntervalMs?: number;
  log?: (message: string) => void;
}

export interface ProjectionLag extends ProjectionStatus {
  file: string;
  /** Head of the store minus this projection's position (null when either is unknown). */
  lag: bigint | null;
  caughtUp: boolean;
}

/**
 * Runs every projection on its live file. A projection whose code version has no file yet is built
 * from position 0; rebuild() builds a fresh file beside the live one and swaps when it has caught up
 * (blue/green), so queries never see a half-built view.
 */
export class ProjectionHost {
  private readonly live = new Map<string, { file: string; runner: ProjectionRunner }>();
  private readonly active: ActiveFiles;
  private readonly now: () => Date;
  private readonly log: (message: string) => void;

  constructor(
    private readonly store: EventStore,
    readonly projections: readonly AnyProjection[],
    private readonly options: ProjectionHostOptions,
  ) {
    this.active = new ActiveFiles(options.dir);
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? (() => undefined);
  }

  async start(): Promise<void> {
    for (const projection of this.projections) {
      const file = this.active.get(projection.name);
      if (file && ActiveFiles.versionOf(file) === projection.version) {
        await this.swapIn(projection, file);
      } else {
        const fresh = ActiveFiles.fileFor(projection.name, projection.version, this.now());
        this.log(`projection ${projection.name} v${projection.version}: building ${fresh} from the start`);
        await this.swapIn(projection, fresh);
        this.active.set(projection.name, fresh);
        if (file) this.remove(file);
      }
    }
    if (this.options.watchIntervalMs) {
      watchFile(
        join(this.options.dir, 'active-projections.json'),
        { interval: this.options.watchIntervalMs },
        () => void this.followSwaps(),
      );
    }
  }

  /** The live database of a projection, for queries. */
  db<DB>(name: string): Kysely<DB> {
    return this.entry(name).runner.db as Kysely<DB>;
  }

  /** The progress of one projection's live runner. */
  status(name: string): ProjectionStatus {
    return this.entry(name).runner.getStatus();
  }

  /** Resolves true once every projection has processed `position`, false after the timeout. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const results = await Promise.all(
      [...this.live.values()].map((l) => l.runner.waitFor(position, timeoutMs)),
    );
    return results.every(Boolean);
  }

  async statuses(): Promise<ProjectionLag[]> {
    const head = await this.store.headPosition();
    return [...this.live.values()].map(({ file, runner }) => {
      const status = runner.getStatus();
      const lag = head === null ? 0n : status.position === null ? null : head - status.position;
      const caughtUp = status.state !== 'failed' && (head === null || (status.position ?? -1n) >= head);
      return { ...status, file, lag, caughtUp };
    });
  }

  /**
   * Builds the projection anew from position 0 in a new file beside the live one, then swaps it in
   * (in this process and, through the pointer, in every other process serving these read models).
   */
  async rebuild(name: string, onProgress?: (status: ProjectionStatus, head: bigint | null) => void) {
    const projection = this.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`no projection named "${name}"`);
    const file = ActiveFiles.fileFor(name, projection.version, this.now());
    const runner = this.runnerFor(projection, file);
    const started = process.hrtime.bigint();
    await runner.start();
    const head = await this.store.headPosition();
    const timer = onProgress && setInterval(() => onProgress(runner.getStatus(), head), 200);
    try {
      const done = head === null || (await runner.waitFor(head, 24 * 3600 * 1000));
      if (!done || runner.getStatus().state === 'failed') {
        throw new Error(`rebuild of ${name} failed: ${runner.getStatus().error ?? 'did not catch up'}`);
      }
    } finally {
      if (timer) clearInterval(timer);
    }
    onProgress?.(runner.getStatus(), head);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const previous = this.live.get(name);
    this.live.set(name, { file, runner });
    this.active.set(name, file);
    if (previous) await this.retire(previous);
    return { file, events: runner.getStatus().eventsProcessed, seconds };
  }

  async stop(): Promise<void> {
    unwatchFile(join(this.options.dir, 'active-projections.json'));
    for (const { runner } of this.live.values()) {
      await runner.stop();
      await runner.db.destroy();
    }
    this.live.clear();
  }

  private entry(name: string) {
    const entry = this.live.get(name);
    if (!entry) throw new Error(`projection "${name}" is not running`);
    return entry;
  }

  private runnerFor(projection: AnyProjection, file: string): ProjectionRunner {
    const db = openReadDatabase<AnyDatabase>(join(this.options.dir, file));
    return new ProjectionRunner(this.store, projection, db, {
      now: this.now,
      onError: (error) => this.log(`projection ${projection.name} failed: ${String(error)}`),
    });
  }

  private async swapIn(projection: AnyProjection, file: string): Promise<void> {
    const runner = this.runnerFor(projection, file);
    await runner.start();
    const previous = this.live.get(projection.name);
    this.live.set(projection.name, { file, runner });
    if (previous) await this.retire(previous);
  }

  /** Another process swapped a pointer: move to its file once it has caught up here too. */
  private async followSwaps(): Promise<void> {
    const pointers = this.active.read();
    for (const projection of this.projections) {
      const file = pointers[projection.name];
      const current = this.live.get(projection.name);
      if (!file || !current || current.file === file) continue;
      this.log(`projection ${projection.name}: switching to ${file}`);
      await this.swapIn(projection, file);
    }
  }

  private async retire(entry: { file: string; runner: ProjectionRunner }): Promise<void> {
    await entry.runner.stop();
    await entry.runner.db.destroy();
    this.remove(entry.file);
  }

  private remove(file: string): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(this.options.dir, file + suffix), { force: true });
  }
}
