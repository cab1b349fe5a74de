import { typedReadStream } from '../typed-events.js';
import { EventEmitter } from 'node:events';
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
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
  Subscription,
} from '../event-store.port.js';
import { validateAppend } from '../event-validation.js';
import type { NewEvent, RecordedEvent } from '../recorded-event.js';
import { readStreamSlice } from '../read-stream-slice.js';

/** A store in memory, for unit tests: the same rules as the durable adapters, and nothing kept. */
export class InMemoryEventStore implements EventStore {
  readonly kind = 'memory';
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly committed = new EventEmitter().setMaxListeners(0);

  constructor(private readonly now: () => Date = () => new Date()) {}

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    validateAppend(stream, events);
    validateExpectedRevision(options?.expectedRevision);
    const existing = this.byId.get(events[0].id.toLowerCase());
    if (existing) {
      const stored = this.log.slice(
        Number(existing.position) - 1,
        Number(existing.position) - 1 + events.length,
      );
      checkIdempotentReplay(stream, events, stored);
      return { nextRevision: stored.at(-1)!.revision, position: stored.at(-1)!.position };
    }
    rejectStoredIds(events, (id) => this.byId.get(id));
    const streamEvents = this.streams.get(stream) ?? [];
    const last = streamEvents.at(-1);
    checkExpectedRevision(
      stream,
      options.expectedRevision,
      last && { revision: last.revision, hash: last.hash },
    );
    const records = planRecords(stream, structuredClone(events), last, this.now().toISOString());
    for (const record of records) {
      const recorded = { ...record, position: BigInt(this.log.length + 1) };
      this.log.push(recorded);
      streamEvents.push(recorded);
      this.byId.set(recorded.id, recorded);
    }
    this.streams.set(stream, streamEvents);
    const head = this.log.at(-1)!;
    queueMicrotask(() => this.committed.emit('committed'));
    return { nextRevision: head.revision, position: head.position };
  }

  readonly readStream = typedReadStream((stream, options) => this.readRecorded(stream, options));

  private async *readRecorded(stream: string, options: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    for (const event of readStreamSlice(this.streams.get(stream) ?? [], options))
      yield structuredClone(event);
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const start = options.fromPosition === undefined ? 0 : Math.max(0, Number(options.fromPosition) - 1);
    const end = options.maxCount === undefined ? this.log.length : start + options.maxCount;
    for (const event of this.log.slice(start, end)) yield structuredClone(event);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    return catchUpSubscription(
      {
        readPage: (from, max) =>
          this.log
            .slice(Math.max(0, Number(from) - 1), Math.max(0, Number(from) - 1) + max)
            .map((e) => structuredClone(e)),
        onCommitted: (listener) => {
          this.committed.on('committed', listener);
          return () => this.committed.off('committed', listener);
        },
      },
      { afterPosition: options.afterPosition },
    );
  }

  async headPosition(): Promise<bigint | null> {
    return this.log.at(-1)?.position ?? null;
  }

  async close(): Promise<void> {
    this.committed.removeAllListeners();
  }
}
