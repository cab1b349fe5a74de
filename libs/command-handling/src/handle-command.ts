import type { Decider } from '#domain';
import {
  aggregateStream,
  asDomainEvent,
  WrongExpectedRevisionError,
  type EventShape,
  type EventStore,
  type NewEvent,
} from '#event-store';
import type { CommandContext } from './command-context.js';
import { ConcurrencyConflictError, PreconditionFailedError, StreamNotFoundError } from './command-errors.js';
import { eventIdFor } from './event-ids.js';

export interface HandleOptions {
  /** Refuse with StreamNotFoundError when the stream does not exist yet. */
  mustExist?: boolean;
  /** How many times a lost race is decided again on the new state before giving up (409). */
  maxAttempts?: number;
  /** The decider's state is told by the stream's last `tail` events: read only those (see aggregateStream). */
  tail?: number;
}

export interface CommandResult<S, E> {
  stream: string;
  /** Revision of the stream's last event after the command (-1: still empty). */
  revision: number;
  /** Global position reached (for read-your-writes); null only for a no-op on an empty stream. */
  position: bigint | null;
  state: S;
  /** The events this command wrote (or, for a retried request, had written the first time). */
  events: E[];
  /** True when the same command id had already been handled: nothing was appended. */
  replayed: boolean;
}

/**
 * The one command seam: load the stream, fold it, decide, append at the revision loaded, and
 * answer without reading it again. A retry of a command id already in the stream returns its first
 * result and appends nothing; If-Match must name the revision loaded (else 412); a concurrent
 * writer makes it decide again on the new state, a bounded number of times (then 409). `command`
 * may be a function of the state, for commands whose content depends on it.
 */
export async function handle<C, E extends EventShape, S>(
  store: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  command: C | ((state: S) => C),
  context: CommandContext,
  options: HandleOptions = {},
): Promise<CommandResult<S, E>> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const loaded = await aggregateStream(store, stream, decider.evolve, decider.initialState, {
      tail: options.tail,
    });
    const earlier = loaded.events.filter((e) => e.metadata.commandId === context.commandId);
    const last = earlier.at(-1) ?? loaded.events.at(-1);
    const answer = (events: E[], replayed: boolean): CommandResult<S, E> => ({
      stream,
      revision: last?.revision ?? -1,
      position: last?.position ?? null,
      state: loaded.state,
      events,
      replayed,
    });
    if (earlier.length > 0) return answer(earlier.map(asDomainEvent), true);
    if (options.mustExist && loaded.revision === 'no_stream') throw new StreamNotFoundError(stream);
    if (context.ifMatch !== undefined && loaded.revision !== context.ifMatch) {
      throw new PreconditionFailedError(stream, context.ifMatch, loaded.revision);
    }
    const decided = decider.decide(
      typeof command === 'function' ? (command as (state: S) => C)(loaded.state) : command,
      loaded.state,
    );
    if (decided.length === 0) return answer([], false);
    try {
      const appended = await store.append(stream, toNewEvents(stream, decided, context), {
        expectedRevision: loaded.revision,
      });
      const first = appended.nextRevision - decided.length + 1;
      if (first !== (loaded.revision === 'no_stream' ? 0 : loaded.revision + 1)) {
        // The store found these event ids already written (a retry the part of the stream read did not show).
        return replayedAt(store, stream, first, decided.length, loaded.state);
      }
      return {
        stream,
        revision: appended.nextRevision,
        position: appended.position,
        state: decided.reduce(decider.evolve, loaded.state),
        events: decided,
        replayed: false,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (context.ifMatch !== undefined)
        throw new PreconditionFailedError(stream, context.ifMatch, error.actual);
      if (attempt >= maxAttempts) {
        const now = await aggregateStream(store, stream, decider.evolve, decider.initialState);
        throw new ConcurrencyConflictError(stream, now.revision, now.state);
      }
    }
  }
}

/** What a retried command had written the first time, read from where the store found it. */
async function replayedAt<S, E extends EventShape>(
  store: EventStore,
  stream: string,
  fromRevision: number,
  count: number,
  state: S,
): Promise<CommandResult<S, E>> {
  const events = [];
  for await (const event of store.readStream<E>(stream, { fromRevision, maxCount: count }))
    events.push(event);
  const last = events.at(-1)!;
  return {
    stream,
    revision: last.revision,
    position: last.position,
    state,
    events: events.map(asDomainEvent),
    replayed: true,
  };
}

/** The events a command decided, as the store will be asked to append them: ids derived from the command id. */
export function toNewEvents(
  stream: string,
  events: readonly EventShape[],
  context: CommandContext,
): NewEvent[] {
  return events.map((event, index) => ({
    id: eventIdFor(context.commandId, stream, index),
    type: event.type,
    data: withReason(event.data as NewEvent['data'], context),
    metadata: {
      actor: context.actor,
      source: context.source,
      commandId: context.commandId,
      correlationId: context.correlationId,
      ...(context.causationId !== undefined && { causationId: context.causationId }),
      ...(context.occurredAt !== undefined && { occurredAt: context.occurredAt }),
    },
  }));
}

/** The reason a business time was entered after the fact travels in the data of each event it dates. */
function withReason(data: NewEvent['data'], context: CommandContext): NewEvent['data'] {
  if (context.occurredAt === undefined || context.occurredAtReason === undefined) return data;
  return { ...data, occurredAtReason: context.occurredAtReason };
}
