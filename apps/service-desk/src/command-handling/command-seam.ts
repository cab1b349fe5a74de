import { Inject, Injectable } from '@nestjs/common';
import { handle, type CommandContext, type CommandResult, type HandleOptions } from '#command-handling';
import { instantMs, requireBackdatingAllowed, type BackdatingRule, type Decider } from '#domain';
import { AppConfig } from '#service-config';
import { aggregateStream, type AggregatedStream, type EventShape, type EventStore } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { commandOutcomeOf, commandTypeOf } from '../metrics/command-outcome.js';
import { ServiceMetrics } from '../metrics/service-metrics.js';
import { backdatedToleranceMs, DEFAULT_BACKDATED_MAX_HOURS } from '../ticket-queries/backdated.js';

/**
 * The command seam of libs/command-handling over the process's event store, for the command
 * handlers: every write of the service is `seam.handle(...)`, every aggregate read `seam.load(...)`.
 * Each command is counted by its domain type and outcome (ledger_commands_total). A business time
 * entered after the fact must keep to the back-dating rule (requireBackdatingAllowed of libs/domain).
 */
@Injectable()
export class CommandSeam {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: ServiceMetrics,
    private readonly config: AppConfig,
  ) {}

  /** How far back staff may date an entry, and from when on with a reason (BACKDATED_MAX_HOURS, BACKDATED_TOLERANCE_SECONDS). */
  get backdatingRule(): BackdatingRule {
    return {
      staffMaxMs: (this.config.BACKDATED_MAX_HOURS ?? DEFAULT_BACKDATED_MAX_HOURS) * 3_600_000,
      reasonAfterMs: backdatedToleranceMs(this.config),
    };
  }

  /**
   * Refuses a business time dated back further than its author may (422 naming the rule and the
   * field); handle() checks it on deciding, and a command that takes a number first checks it before.
   */
  requireBackdatingAllowed(context: CommandContext): void {
    if (context.occurredAt === undefined) return;
    const field = context.occurredAtField ?? 'occurredAt';
    const entry = {
      occurredMs: instantMs(context.occurredAt, field),
      nowMs: instantMs(context.now, 'now'),
      role: context.actor.role,
      reason: context.occurredAtReason,
      field,
    };
    requireBackdatingAllowed(entry, this.backdatingRule);
  }

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
        // After the command's own fences (a function of the state), before its rules.
        this.requireBackdatingAllowed(context);
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
