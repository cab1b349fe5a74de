import { WrongExpectedRevisionError, type EventStore, type NewEvent, type RecordedEvent } from '#event-store';
import type { CommandContext } from './command-context.js';
import { ConcurrencyConflictError, PreconditionFailedError, StreamNotFoundError } from './command-errors.js';
import type { Decider, DomainEvent } from './decider.js';
import { eventIdFor } from './event-ids.js';

export interface LoadedStream<S> {
  state: S;
  revision: number | 'no_stream';
  events: RecordedEvent[];
}

export interface CommandOutcome<S> {
  stream: string;
  /** Revision of the stream's last event after the command. */
  revision: number;
  /** Global position reached (for read-your-writes); null only for a no-op on an empty stream. */
  position: bigint | null;
  state: S;
  /** The events this command wrote (or, for a retried request, had written the first time). */
  events: RecordedEvent[];
  /** True when the same command id had already been handled: nothing was appended. */
  replayed: boolean;
}

export interface RunOptions {
  /** Refuse with StreamNotFoundError when the stream does not exist yet. */
  mustExist?: boolean;
}

/**
 * One command on one stream: load, fold, decide, append at the loaded revision. A concurrent
 * change is retried by deciding again on the new state, a bounded number of times.
 */
export class StreamCommandRunner {
  constructor(
    private readonly store: EventStore,
    private readonly maxAttempts = 5,
  ) {}

  async load<C, E extends DomainEvent, S>(
    stream: string,
    decider: Decider<C, E, S>,
  ): Promise<LoadedStream<S>> {
    const events: RecordedEvent[] = [];
    let state = decider.initialState();
    for await (const event of this.store.readStream(stream)) {
      events.push(event);
      state = decider.evolve(state, toDomainEvent<E>(event));
    }
    return { state, revision: events.at(-1)?.revision ?? 'no_stream', events };
  }

  async run<C, E extends DomainEvent, S>(
    stream: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => C),
    context: CommandContext,
    options: RunOptions = {},
  ): Promise<CommandOutcome<S>> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.load(stream, decider);
      const earlier = loaded.events.filter((e) => e.metadata.commandId === context.commandId);
      if (earlier.length > 0) return outcome(stream, loaded, earlier, true);
      if (options.mustExist && loaded.revision === 'no_stream') throw new StreamNotFoundError(stream);
      if (context.ifMatch !== undefined && loaded.revision !== context.ifMatch) {
        throw new PreconditionFailedError(stream, context.ifMatch, loaded.revision);
      }
      const decided = decider.decide(
        typeof command === 'function' ? (command as (s: S) => C)(loaded.state) : command,
        loaded.state,
      );
      if (decided.length === 0) return outcome(stream, loaded, [], false);
      try {
        await this.store.append(stream, decided.map(toNewEvent(stream, context)), {
          expectedRevision: loaded.revision,
        });
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (context.ifMatch !== undefined)
          throw new PreconditionFailedError(stream, context.ifMatch, error.actual);
        if (attempt < this.maxAttempts) continue;
        const now = await this.load(stream, decider);
        throw new ConcurrencyConflictError(stream, now.revision, now.state);
      }
      const after = await this.load(stream, decider);
      const written = after.events.filter((e) => e.metadata.commandId === context.commandId);
      return outcome(stream, after, written, false);
    }
  }
}

function outcome<S>(
  stream: string,
  loaded: LoadedStream<S>,
  events: RecordedEvent[],
  replayed: boolean,
): CommandOutcome<S> {
  const last = events.at(-1) ?? loaded.events.at(-1);
  return {
    stream,
    revision: last?.revision ?? -1,
    position: last?.position ?? null,
    state: loaded.state,
    events,
    replayed,
  };
}

export function toDomainEvent<E extends DomainEvent>(event: RecordedEvent): E {
  return { type: event.type, data: event.data } as unknown as E;
}

/** The events a command decided, as the store will be asked to append them. */
export function toNewEvents(
  stream: string,
  events: readonly DomainEvent[],
  context: CommandContext,
): NewEvent[] {
  return events.map(toNewEvent(stream, context));
}

function toNewEvent(stream: string, context: CommandContext) {
  return (event: DomainEvent, index: number): NewEvent => ({
    id: eventIdFor(context.commandId, stream, index),
    type: event.type,
    data: event.data as NewEvent['data'],
    metadata: {
      actor: context.actor,
      source: context.source,
      commandId: context.commandId,
      correlationId: context.correlationId,
      ...(context.causationId ? { causationId: context.causationId } : {}),
      ...(context.occurredAt ? { occurredAt: context.occurredAt } : {}),
    },
  });
}
