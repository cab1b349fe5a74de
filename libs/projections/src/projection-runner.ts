import type { AnyDatabase } from './any-database.js';
import type { Kysely } from 'kysely';
import type { EventStore, RecordedEvent, Subscription, SubscriptionMessage } from '#event-store';
import {
  claimCheckpoint,
  createCheckpointTable,
  ensureCheckpointRow,
  readCheckpoint,
  writeCheckpoint,
} from './checkpoint-table.js';
import type { AnyProjection } from './projection.js';

export type ProjectionState = 'starting' | 'catching-up' | 'live' | 'stopped' | 'failed';

export interface ProjectionStatus {
  name: string;
  version: number;
  state: ProjectionState;
  /** Position of the last event processed (handled or skipped), or null before the first. */
  position: bigint | null;
  /** Events read from the feed since this runner started (handled or skipped). */
  eventsProcessed: number;
  error?: string;
}

export interface ProjectionRunnerOptions {
  /** Most events applied in one transaction once live (default 1000). */
  batchSize?: number;
  /**
   * Most events applied in one transaction while catching up (a rebuild from position 0, a restart
   * behind the head): larger batches mean fewer transactions and, for a projection with
   * applyBatch, fewer reads and writes of the same rows (default 5000). On the bench log, whose
   * tickets are contiguous, batches beyond 1000 gain nothing and cost a little GC; on a log whose
   * tickets interleave they save reading and recomputing the same tickets again.
   */
  catchUpBatchSize?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

const NEXT_TURN = Symbol('next-turn');

/**
 * Feeds one projection from the store's catch-up feed, in order, in batches: each batch's rows
 * and the checkpoint are written in one transaction, so a crash neither loses nor doubles an event.
 */
export class ProjectionRunner {
  private subscription?: Subscription;
  private loop?: Promise<void>;
  private status: ProjectionStatus;
  private readonly waiters = new Set<{ position: bigint; resolve: () => void }>();
  /** Whether the query indexes (Projection.createIndexes) are known to exist. */
  private indexed = false;
  /** The store's head when the runner started: the query indexes are created on reaching it. */
  private headAtStart: bigint | null = null;
  private readonly batchSize: number;
  private readonly catchUpBatchSize: number;
  private readonly now: () => Date;

  constructor(
    private readonly store: EventStore,
    readonly projection: AnyProjection,
    readonly db: Kysely<AnyDatabase>,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.status = {
      name: projection.name,
      version: projection.version,
      state: 'starting',
      position: null,
      eventsProcessed: 0,
    };
    this.batchSize = options.batchSize ?? 1000;
    this.catchUpBatchSize = options.catchUpBatchSize ?? 5000;
    this.now = options.now ?? (() => new Date());
  }

  /** Prepares the database and starts following the feed from the stored checkpoint. */
  async start(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await createCheckpointTable(trx);
      if (await ensureCheckpointRow(trx, this.projection.name, this.projection.version, this.now())) {
        await this.projection.createSchema(trx);
      }
    });
    const checkpoint = await readCheckpoint(this.db, this.projection.name);
    this.headAtStart = await this.store.headPosition();
    this.status = { ...this.status, state: 'catching-up', position: checkpoint ?? null };
    this.subscription = this.store.subscribeToAll({ afterPosition: checkpoint });
    this.loop = this.follow(this.subscription).catch((error: unknown) => {
      this.status = { ...this.status, state: 'failed', error: String(error) };
      this.options.onError?.(error);
    });
  }

  getStatus(): ProjectionStatus {
    return { ...this.status };
  }

  /** Resolves true once every event up to `position` is in the read model, false after the timeout. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.status.position !== null && this.status.position >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { position, resolve: () => finish(true) };
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (reached: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(reached);
      };
      this.waiters.add(waiter);
    });
  }

  /** Resolves once the runner has delivered everything that was committed when it started. */
  async caughtUp(timeoutMs = 60_000): Promise<boolean> {
    const head = await this.store.headPosition();
    return head === null ? true : this.waitFor(head, timeoutMs);
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
    if (this.status.state !== 'failed') this.status = { ...this.status, state: 'stopped' };
  }

  private async follow(subscription: Subscription): Promise<void> {
    const iterator = subscription[Symbol.asyncIterator]();
    let next = iterator.next();
    for (;;) {
      const first = await next;
      if (first.done) return;
      const batch: RecordedEvent[] = [];
      const limit = this.status.state === 'catching-up' ? this.catchUpBatchSize : this.batchSize;
      let caughtUp = this.take(first.value, batch);
      next = iterator.next();
      // Take what the feed has ready without waiting: the batch ends at the first event that is
      // not there by the next turn of the event loop (one turn per batch, not one per event).
      const turn = nextTurn();
      while (!caughtUp && batch.length < limit) {
        const result = await Promise.race([next, turn]);
        if (result === NEXT_TURN || result.done) break;
        caughtUp = this.take(result.value, batch);
        next = iterator.next();
      }
      await this.applyBatch(batch, caughtUp);
      if (caughtUp) this.status = { ...this.status, state: 'live' };
      // Let the event loop run between batches (timers, I/O, HTTP requests, progress bars): the
      // SQLite feed and database answer synchronously, so a catch-up would otherwise hold the
      // loop from its first event to its last, and every race above would stay pending with its
      // event until then (a rebuild of 1M events ran out of memory).
      await turn;
    }
  }

  private take(message: SubscriptionMessage, batch: RecordedEvent[]): boolean {
    if (message.kind === 'caught-up') return true;
    batch.push(message.event);
    return false;
  }

  private async applyBatch(batch: RecordedEvent[], caughtUp: boolean): Promise<void> {
    const last = batch.at(-1);
    const atHead =
      caughtUp || (last !== undefined && this.headAtStart !== null && last.position >= this.headAtStart);
    const indexNow = atHead && !this.indexed && this.projection.createIndexes !== undefined;
    if (!last) {
      if (indexNow) await this.db.transaction().execute((trx) => this.projection.createIndexes!(trx));
      if (atHead) this.indexed = true;
      return;
    }
    const handled = batch.filter((e) => this.projection.handles.has(e.type));
    if (handled.length > 0 || indexNow) {
      await this.db.transaction().execute(async (trx) => {
        const stored = await claimCheckpoint(trx, this.projection.name, this.now());
        const fresh = stored === undefined ? handled : handled.filter((e) => e.position > stored);
        if (this.projection.applyBatch) {
          if (fresh.length > 0) await this.projection.applyBatch(trx, fresh);
        } else {
          for (const event of fresh) await this.projection.apply(trx, event);
        }
        const reached = stored !== undefined && stored > last.position ? stored : last.position;
        await writeCheckpoint(trx, this.projection.name, this.projection.version, reached, this.now());
        if (indexNow) await this.projection.createIndexes!(trx);
      });
    }
    if (atHead) this.indexed = true;
    this.status = {
      ...this.status,
      position: last.position,
      eventsProcessed: this.status.eventsProcessed + batch.length,
    };
    for (const waiter of this.waiters) if (last.position >= waiter.position) waiter.resolve();
  }
}

function nextTurn(): Promise<typeof NEXT_TURN> {
  return new Promise((resolve) => setImmediate(() => resolve(NEXT_TURN)));
}
