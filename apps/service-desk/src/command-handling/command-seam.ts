import { Inject, Injectable } from '@nestjs/common';
import { handle, type CommandContext, type CommandResult, type HandleOptions } from '#command-handling';
import type { Decider } from '#domain';
import { aggregateStream, type AggregatedStream, type EventShape, type EventStore } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';

/**
 * The command seam of libs/command-handling over the process's event store, for the command
 * handlers: every write of the service is `seam.handle(...)`, every aggregate read `seam.load(...)`.
 */
@Injectable()
export class CommandSeam {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  handle<C, E extends EventShape, S>(
    stream: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => C),
    context: CommandContext,
    options?: HandleOptions,
  ): Promise<CommandResult<S, E>> {
    return handle(this.store, stream, decider, command, context, options);
  }

  load<C, E extends EventShape, S>(
    stream: string,
    decider: Decider<C, E, S>,
  ): Promise<AggregatedStream<S, E>> {
    return aggregateStream(this.store, stream, decider.evolve, decider.initialState);
  }
}
