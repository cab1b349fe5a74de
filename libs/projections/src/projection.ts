import type { AnyDatabase } from './any-database.js';
import type { Kysely, Transaction } from 'kysely';
import type { AnyEvent, EventShape, RecordedEvent } from '#event-store';

/**
 * A read model fed from the store's feed. Each version lives in its own database (an SQLite file;
 * a schema in PostgreSQL), so a new version can be built beside the old one and swapped in.
 * `E` is the union of the domain events it reads (`RecordedEvent<TicketEvent>` narrows on `type`):
 * the runner hands apply only events whose type is in `handles`.
 */
export interface Projection<DB = AnyDatabase, E extends EventShape = AnyEvent> {
  /** Stable name, e.g. 'tickets'. */
  readonly name: string;
  /** Bump it when apply() or the tables change: the runner rebuilds from position 0. */
  readonly version: number;
  /** Event types it reads; others are skipped without a transaction of their own. */
  readonly handles: ReadonlySet<E['type']>;
  /** Creates the tables of this version in an empty database. */
  createSchema(db: Kysely<AnyDatabase>): Promise<void>;
  /**
   * Optional: creates (IF NOT EXISTS) the indexes that only the queries need, not apply's own
   * reads and upserts. The runner calls it in the transaction of the batch that reaches the
   * store's head as it was when the runner started (so before anyone waiting for that position
   * hears of it): after a rebuild's bulk load each index is built in one pass, much cheaper than
   * keeping it up to date row by row.
   */
  createIndexes?(db: Kysely<AnyDatabase>): Promise<void>;
  /** Applies one event inside the batch's transaction (the checkpoint is written in the same one). */
  apply(trx: Transaction<DB>, event: RecordedEvent<E>): Promise<void>;
  /**
   * Optional: applies a whole batch (events it handles, in log order) inside the batch's
   * transaction, leaving the rows exactly as apply() one event after the other would. The runner
   * uses it when present, so a projection can read each touched row once, fold the events in
   * memory and write each changed row once.
   */
  applyBatch?(trx: Transaction<DB>, events: readonly RecordedEvent<E>[]): Promise<void>;
}

/**
 * A read model's projection as the runner and the host hold it: they know it by its name and
 * version and feed it the events its `handles` names; its tables and event types are its own.
 */
export type AnyProjection = Projection<AnyDatabase, EventShape>;
