import { typedReadStream } from '../typed-events.js';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  MaxAppendSizeExceededError,
  START,
  WrongExpectedVersionError,
  type Position,
  type ReadRevision,
  type RecordedEvent as EsdbEvent,
  type ReadStreamOptions as EsdbReadStreamOptions,
} from '@eventstore/db-client';
import {
  checkExpectedRevision,
  checkIdempotentReplay,
  planRecords,
  rejectStoredIds,
  validateExpectedRevision,
} from '../append-plan.js';
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
import { InvalidEventError } from '../invalid-event.error.js';
import type { NewEvent, RecordedEvent } from '../recorded-event.js';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error.js';
import { fromEsdbEvent, positionOf, serverPositionOf, toEsdbEvent } from './esdb-envelope.js';
import { findStartPoint, KnownPositions, type StartPoint } from './esdb-positions.js';
import { isTransientError, iterateRead } from './esdb-reads.js';
import {
  actualRevisionOf,
  retriesOnConflict,
  toEsdbExpectedRevision,
  toEsdbRevision,
} from './esdb-revisions.js';
import { resubscribingCatchUp, type FeedHandle } from './resubscribing-catch-up.js';
import { StreamIdCache, type StreamIds } from './stream-ids.js';

export interface EventStoreDbEventStoreOptions {
  /** esdb://host:2113?tls=false, esdb+discover://... (see @eventstore/db-client). */
  connectionString: string;
  /** The store's clock, for recordedAt. */
  now?: () => Date;
}

/** How often an append with 'any' or 'stream_exists' chains onto a new head after losing a race. */
const MAX_APPEND_ATTEMPTS = 5;
/** How often an append is tried when the connection or the leader goes away (100, 200 ms apart). */
const MAX_TRANSIENT_ATTEMPTS = 3;

/**
 * The EventStore port on EventStoreDB or KurrentDB (gRPC, @eventstore/db-client). The same rules
 * as the SQLite adapter: validation before anything is sent, a hash chain per stream (each append
 * is chained onto the head it read and sent with that exact revision as expected revision, so the
 * chain cannot fork), one WrongExpectedRevisionError, idempotent retries, an ordered catch-up feed.
 * The global position is the event's prepare position in the transaction log (see positionOf).
 * Differences, all documented in docker/README.md: event ids are unique per stream, not across
 * streams (the server has no index from id to event); positions are byte offsets, not 1, 2, 3.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  private readonly client: EventStoreDBClient;
  private readonly now: () => Date;
  private readonly known = new KnownPositions();
  private readonly streamIds = new StreamIdCache();
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;

  constructor(options: EventStoreDbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.now = options.now ?? (() => new Date());
  }

  static connect(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore({ connectionString });
  }

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(stream, events);
    validateExpectedRevision(options?.expectedRevision);
    const request = structuredClone(events);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.appendOnce(stream, request, options.expectedRevision);
      } catch (error) {
        // Safe to repeat: an append that did reach the log is found by its ids and answered as a retry.
        if (!isTransientError(error) || attempt >= MAX_TRANSIENT_ATTEMPTS || this.closed) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** (attempt - 1)));
      }
    }
  }

  private async appendOnce(
    stream: string,
    request: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const ids = await this.idsOf(stream);
      const replay = await this.replayOf(stream, request, ids);
      if (replay) return replay;
      rejectStoredIds(request, (id) => (ids?.revisionOf(id) === undefined ? undefined : { stream }));
      const head = ids?.head;
      checkExpectedRevision(stream, expected, head);
      const records = planRecords(stream, request, head, this.now().toISOString());
      try {
        await this.client.appendToStream(stream, records.map(toEsdbEvent), {
          expectedRevision: toEsdbExpectedRevision(head),
        });
      } catch (error) {
        if (error instanceof MaxAppendSizeExceededError) {
          throw new InvalidEventError(
            'events',
            `exceed the server's maximum append size (${error.maxAppendSize} bytes)`,
          );
        }
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (retriesOnConflict(expected) && attempt < MAX_APPEND_ATTEMPTS) continue;
        const replayNow = await this.replayOf(stream, request, await this.idsOf(stream));
        if (replayNow) return replayNow;
        throw new WrongExpectedRevisionError(stream, expected, actualRevisionOf(error));
      }
      this.streamIds.recordAppend(stream, head, records);
      const last = records.at(-1)!;
      return {
        nextRevision: last.revision,
        position: await this.positionOfStored(stream, last.revision, last.id),
      };
    }
  }

  readonly readStream = typedReadStream((stream, options) => this.readRecorded(stream, options));

  private async *readRecorded(stream: string, options: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const maxCount = Math.floor(options.maxCount ?? Number.POSITIVE_INFINITY);
    if (maxCount <= 0) return;
    let fromRevision: ReadRevision = backwards ? END : START;
    if (options.fromRevision !== undefined && !backwards) {
      fromRevision = toEsdbRevision(Math.max(0, Math.ceil(options.fromRevision)));
    } else if (options.fromRevision !== undefined) {
      const from = Math.floor(options.fromRevision);
      const head = await this.lastOf(stream);
      if (head === undefined || from < 0) return;
      // The server counts a backward read from a revision past the end from that revision.
      fromRevision = from >= head.revision ? END : toEsdbRevision(from);
    }
    yield* this.streamEvents(stream, {
      fromRevision,
      direction: backwards ? BACKWARDS : FORWARDS,
      maxCount: Number.isFinite(maxCount) ? BigInt(maxCount) : undefined,
    });
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const maxCount = Math.floor(options.maxCount ?? Number.POSITIVE_INFINITY);
    if (maxCount <= 0) return;
    const from =
      options.fromPosition !== undefined && options.fromPosition > 0n ? options.fromPosition : undefined;
    const start = from === undefined ? 'start' : await this.startAtOrBefore(from);
    let count = 0;
    for await (const resolved of iterateRead(
      this.client.readAll({ fromPosition: this.toReadPosition(start) }),
    )) {
      if (!resolved.event || (from !== undefined && positionOf(resolved.event) < from)) continue;
      const event = this.toRecorded(resolved.event);
      if (!event) continue;
      yield event;
      if (++count >= maxCount) return;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    this.assertOpen();
    const subscription = resubscribingCatchUp(
      {
        head: () => this.headPosition(),
        startAfter: (position) => this.startAtOrBefore(position),
        open: (from) => this.openFeed(from),
      },
      { afterPosition: options.afterPosition, isTransient: isTransientError },
    );
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  async headPosition(): Promise<bigint | null> {
    this.assertOpen();
    const read = this.client.readAll({ fromPosition: END, direction: BACKWARDS });
    for await (const resolved of iterateRead(read)) {
      const event = resolved.event && this.toRecorded(resolved.event);
      if (event) return event.position;
    }
    return null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.subscriptions.clear();
    await this.client.dispose();
  }

  /** The ids stored in `stream`, checked against its head read just now (from the leader). */
  private async idsOf(stream: string): Promise<StreamIds | undefined> {
    const head = await this.lastOf(stream);
    return this.streamIds.load(stream, head, (fromRevision) =>
      this.streamEvents(stream, { fromRevision: toEsdbRevision(fromRevision), requiresLeader: true }),
    );
  }

  private async lastOf(stream: string): Promise<RecordedEvent | undefined> {
    const read = this.client.readStream(stream, {
      fromRevision: END,
      direction: BACKWARDS,
      maxCount: 1n,
      requiresLeader: true,
    });
    for await (const resolved of iterateRead(read)) {
      if (!resolved.event) continue;
      const event = this.toRecorded(resolved.event);
      if (!event)
        throw new Error(
          `stream "${stream}" ends with an event the ledger did not write; not chaining onto it`,
        );
      return event;
    }
    return undefined;
  }

  /** The original result when the request's first event id is already stored in the stream. */
  private async replayOf(stream: string, events: readonly NewEvent[], ids: StreamIds | undefined) {
    const first = ids?.revisionOf(events[0].id.toLowerCase());
    if (first === undefined) return undefined;
    const stored: RecordedEvent[] = [];
    const options = {
      fromRevision: toEsdbRevision(first),
      maxCount: BigInt(events.length),
      requiresLeader: true,
    };
    for await (const event of this.streamEvents(stream, options)) stored.push(event);
    checkIdempotentReplay(stream, events, stored);
    const last = stored.at(-1)!;
    return { nextRevision: last.revision, position: last.position };
  }

  /** The position of an event just appended (the append reply's position is the write's, not the event's). */
  private async positionOfStored(stream: string, revision: number, id: string): Promise<bigint> {
    const options = { fromRevision: toEsdbRevision(revision), maxCount: 1n, requiresLeader: true };
    for await (const event of this.streamEvents(stream, options)) {
      if (event.id === id) return event.position;
    }
    throw new Error(
      `event ${id} was appended to "${stream}" at revision ${revision} but cannot be read back there`,
    );
  }

  private async *streamEvents(stream: string, options: EsdbReadStreamOptions): AsyncGenerator<RecordedEvent> {
    for await (const resolved of iterateRead(this.client.readStream(stream, options))) {
      const event = resolved.event && this.toRecorded(resolved.event);
      if (event) yield event;
    }
  }

  private startAtOrBefore(position: bigint): Promise<StartPoint> {
    return findStartPoint(position, { known: this.known, backwards: () => this.positionsBackwards() });
  }

  private async *positionsBackwards(): AsyncGenerator<Position> {
    const read = this.client.readAll({ fromPosition: END, direction: BACKWARDS });
    for await (const resolved of iterateRead(read)) {
      if (resolved.event) yield serverPositionOf(resolved.event);
    }
  }

  private openFeed(from: StartPoint): FeedHandle {
    const subscription = this.client.subscribeToAll({
      fromPosition: this.toReadPosition(from),
      filter: excludeSystemEvents(),
    });
    const toItem = (event: EsdbEvent) => ({
      at: serverPositionOf(event),
      position: positionOf(event),
      event: this.toRecorded(event),
    });
    return {
      items: (async function* () {
        for await (const resolved of subscription) if (resolved.event) yield toItem(resolved.event);
      })(),
      close: async () => {
        subscription.destroy();
        await subscription.unsubscribe().catch(() => undefined);
      },
    };
  }

  private toReadPosition(start: StartPoint): Position | typeof START {
    return start === 'start' ? START : start;
  }

  /** A ledger event, remembering its $all position as a place later reads may start from. */
  private toRecorded(event: EsdbEvent): RecordedEvent | undefined {
    const recorded = fromEsdbEvent(event);
    if (recorded) this.known.remember(serverPositionOf(event));
    return recorded;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the event store is closed');
  }
}
