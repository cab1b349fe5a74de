import type { AnyEvent, EventMetadata, EventShape, NewEvent, RecordedEvent } from './recorded-event.js';

/**
 * What the writer believes about the stream before appending:
 * - 'no_stream': the stream must not exist yet;
 * - 'stream_exists': it must have at least one event;
 * - 'any': no check (the hash chain still links to the real head);
 * - a number: the revision of the stream's last event (revisions start at 0).
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event of the stream after this append. */
  nextRevision: number;
  /** Global position of the last event written (or found, for an idempotent retry). */
  position: bigint;
}

export type ReadDirection = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** Inclusive. Defaults to the first event (forwards) or the last (backwards). */
  fromRevision?: number;
  maxCount?: number;
  direction?: ReadDirection;
}

export interface ReadAllOptions {
  /** Inclusive. Defaults to the start of the log. */
  fromPosition?: bigint;
  maxCount?: number;
}

export type SubscriptionMessage =
  | { kind: 'event'; event: RecordedEvent }
  /** The subscription has delivered everything committed when it reached the head; live events follow. */
  | { kind: 'caught-up'; position: bigint | null };

export interface SubscribeToAllOptions {
  /** Exclusive: a checkpoint, the position of the last event already processed. Omit to start at the beginning. */
  afterPosition?: bigint;
}

/** A catch-up feed over $all: ordered, never skips a committed event, then stays live until closed. */
export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  close(): Promise<void>;
}

export interface EventStore {
  /** Short name of the adapter, e.g. 'sqlite', 'memory', 'eventstoredb'. */
  readonly kind: string;
  append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** A stream's events, typed as the caller's domain events (the stream's name says which; see typedReadStream). */
  readStream<E extends EventShape = AnyEvent>(
    stream: string,
    options?: ReadStreamOptions,
  ): AsyncIterable<RecordedEvent<E>>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;
  /** Position of the last committed event, or null for an empty store. */
  headPosition(): Promise<bigint | null>;
  close(): Promise<void>;
}

export type { EventMetadata, NewEvent, RecordedEvent };
