import { typedReadStream } from '../typed-events.js';
import { EventEmitter } from 'node:events';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { prepareSqliteFile } from '../private-files.js';
import {
  checkExpectedRevision,
  checkIdempotentReplay,
  planRecords,
  rejectStoredIds,
  validateExpectedRevision,
} from '../append-plan.js';
import { catchUpSubscription } from '../catch-up-subscription.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
  Subscription,
} from '../event-store.port.js';
import { validateAppend } from '../event-validation.js';
import type { NewEvent, RecordedEvent } from '../recorded-event.js';
import { migrateEventSchema } from './event-store-schema.js';
import { arrayToRecordedEvent, SQL, type EventRowArray } from './event-row.js';

export interface SqliteEventStoreOptions {
  /** Path of the event file; its folder is created if missing. */
  file: string;
  /** The store's clock, for recordedAt. */
  now?: () => Date;
  /** How often subscriptions look for events written by other processes on the same file. */
  pollIntervalMs?: number;
  /** Rows fetched per read query while iterating. */
  pageSize?: number;
}

interface PendingAppend {
  stream: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The embedded default: one SQLite file in WAL mode with synchronous=FULL, so an acknowledged append
 * survives a crash or power loss. Appends queued in the same turn of the event loop are committed
 * together (group commit), each inside its own savepoint so that one refused append fails alone.
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly committed = new EventEmitter().setMaxListeners(0);
  private readonly now: () => Date;
  private readonly pollIntervalMs: number;
  private readonly pageSize: number;
  private readonly commitBatch: { immediate(batch: PendingAppend[], recordedAt: string): AppendOutcome[] };
  private readonly appendInSavepoint: (pending: PendingAppend, recordedAt: string) => AppendResult;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;

  constructor(options: SqliteEventStoreOptions) {
    if (options.file !== ':memory:') prepareSqliteFile(options.file, dirname(options.file));
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('cache_size = -65536');
    migrateEventSchema(this.db);
    this.statements = prepareStatements(this.db);
    this.commitBatch = this.db.transaction((batch: PendingAppend[], recordedAt: string) =>
      batch.map((pending) => {
        try {
          return { ok: true as const, result: this.appendInSavepoint(pending, recordedAt) };
        } catch (error) {
          return { ok: false as const, error };
        }
      }),
    );
    this.appendInSavepoint = this.db.transaction((pending: PendingAppend, recordedAt: string) =>
      this.appendOne(pending, recordedAt),
    );
    this.now = options.now ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.pageSize = options.pageSize ?? 1000;
  }

  append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    try {
      if (this.closed) throw new Error('the event store is closed');
      validateAppend(stream, events);
      validateExpectedRevision(options?.expectedRevision);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({
        stream,
        events: structuredClone(events),
        expected: options.expectedRevision,
        resolve,
        reject,
      });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.commitBatch.immediate(batch, this.now().toISOString());
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
    });
    if (outcomes.some((o) => o.ok)) this.committed.emit('committed');
  }

  private appendOne({ stream, events, expected }: PendingAppend, recordedAt: string): AppendResult {
    const s = this.statements;
    const first = s.byId.get(events[0].id.toLowerCase()) as { stream: string; revision: number } | undefined;
    if (first) {
      const stored = s.streamRefs.all(first.stream, first.revision, events.length) as EventRef[];
      checkIdempotentReplay(stream, events, stored);
      const last = stored.at(-1)!;
      return { nextRevision: last.revision, position: BigInt(last.position) };
    }
    rejectStoredIds(events.slice(1), (id) => s.byId.get(id) as { stream: string } | undefined);
    const head = s.head.get(stream) as { revision: number; hash: string } | undefined;
    checkExpectedRevision(stream, expected, head);
    let position = 0;
    for (const r of planRecords(stream, events, head, recordedAt)) {
      const info = s.insert.run(
        r.id,
        r.stream,
        r.revision,
        r.type,
        r.schemaVersion,
        JSON.stringify(r.data),
        JSON.stringify(r.metadata),
        r.prevHash,
        r.hash,
      );
      position = Number(info.lastInsertRowid);
    }
    return { nextRevision: (head ? head.revision : -1) + events.length, position: BigInt(position) };
  }

  readonly readStream = typedReadStream((stream, options) => this.readRecorded(stream, options));

  private async *readRecorded(stream: string, options: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const query = backwards ? this.statements.streamBackwards : this.statements.streamForwards;
    while (remaining > 0) {
      const rows = query.all(stream, from, Math.min(this.pageSize, remaining)) as EventRowArray[];
      for (const row of rows) yield arrayToRecordedEvent(row);
      if (rows.length < this.pageSize) return;
      remaining -= rows.length;
      from = rows.at(-1)![3] + (backwards ? -1 : 1);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from = options.fromPosition ?? 0n;
    while (remaining > 0) {
      const page = this.readPage(from, Math.min(this.pageSize, remaining));
      yield* page;
      if (page.length < Math.min(this.pageSize, remaining)) return;
      remaining -= page.length;
      from = page.at(-1)!.position + 1n;
    }
  }

  /** Up to `maxCount` events from `fromPosition` (inclusive), read at once. */
  readPage(fromPosition: bigint, maxCount: number): RecordedEvent[] {
    return (this.statements.all.all(Number(fromPosition), maxCount) as EventRowArray[]).map(
      arrayToRecordedEvent,
    );
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    return catchUpSubscription(
      {
        readPage: (from, max) => this.readPage(from, max),
        onCommitted: (listener) => {
          this.committed.on('committed', listener);
          return () => this.committed.off('committed', listener);
        },
      },
      { afterPosition: options.afterPosition, batchSize: this.pageSize, pollIntervalMs: this.pollIntervalMs },
    );
  }

  async headPosition(): Promise<bigint | null> {
    const row = this.statements.headPosition.get() as { position: number | null };
    return row.position === null ? null : BigInt(row.position);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.committed.removeAllListeners();
    this.db.close();
  }
}

type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

interface EventRef {
  id: string;
  stream: string;
  revision: number;
  position: number;
}

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    byId: db.prepare('SELECT stream, revision FROM events WHERE id = ?'),
    head: db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
    streamRefs: db.prepare(
      'SELECT id, stream, revision, position FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?',
    ),
    streamForwards: db
      .prepare(`${SQL.select} WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`)
      .raw(true),
    streamBackwards: db
      .prepare(`${SQL.select} WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`)
      .raw(true),
    all: db.prepare(`${SQL.select} WHERE position >= ? ORDER BY position ASC LIMIT ?`).raw(true),
    headPosition: db.prepare('SELECT MAX(position) AS position FROM events'),
  };
}
