import { Inject, Injectable } from '@nestjs/common';
import { handle, type CommandContext, type CommandResult, type HandleOptions } from '#command-handling';
import type { Decider } from '#domain';
import { aggregateStream, type AggregatedStream, type EventShape, type EventStore } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { commandOutcomeOf, commandTypeOf } from '../metrics/command-outcome.js';
import { ServiceMetrics } from '../metrics/service-metrics.js';

/**
 * The command seam of libs/command-handling over the process's event store, for the command
 * handlers: every write of the service is `seam.handle(...)`, every aggregate read `seam.load(...)`.
 * Each command is counted by its domain type and outcome (ledger_commands_total).
 */
@Injectable()
export class CommandSeam {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: ServiceMetrics,
  ) {}

  async handle<C, E extends EventShape, S>(
    stream: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => C),
    context: CommandContext,
    options?: HandleOptions,
  ): Promise<CommandResult<S, E>> {
    // The type is the decided command's: a command given as a function of the state is known once decided.
    let type = typeof command === 'function' ? undefined : commandTypeOf(command);
    const observed: Decider<C, E, S> = {
      ...decider,
      decide: (decided, state) => {
        type ??= commandTypeOf(decided);
        return decider.decide(decided, state);
      },
    };
    try {
      const result = await handle(this.store, stream, observed, command, context, options);
      this.count(type, 'ok');
      return result;
    } catch (error) {
      this.count(type, commandOutcomeOf(error));
      throw error;
    }
  }

  load<C, E extends EventShape, S>(
    stream: string,
    decider: Decider<C, E, S>,
  ): Promise<AggregatedStream<S, E>> {
    return aggregateStream(this.store, stream, decider.evolve, decider.initialState);
  }

  private count(type: string | undefined, outcome: ReturnType<typeof commandOutcomeOf>): void {
    this.metrics.commands.inc({ type: type ?? 'unknown', outcome });
  }
}
