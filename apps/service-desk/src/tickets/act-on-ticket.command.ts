import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ForbiddenError,
  mayIssueTicketCommand,
  NotFoundError,
  ticketDecider,
  ticketStream,
  type TicketCommand,
  type TicketCommandType,
  type TicketState,
} from '#domain';
import type { EventStore } from '#event-store';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import type { CommandContext } from '../command-handling/command-context.js';
import { StreamCommandRunner } from '../command-handling/stream-command-runner.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { compact } from './compact.js';
import type { TicketWriteResult } from './ticket-write-result.js';

/** Any action on an existing ticket: the domain command's type and data (without the ticket id). */
export class ActOnTicketCommand extends Command<TicketWriteResult> {
  constructor(
    readonly ticketId: string,
    readonly type: Exclude<TicketCommandType, 'ReportFault'>,
    readonly data: Record<string, unknown>,
    readonly user: AuthenticatedUser,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Loads the ticket, checks who may act on it, lets the ticket decider decide, appends at the loaded revision. */
@CommandHandler(ActOnTicketCommand)
export class ActOnTicketHandler implements ICommandHandler<ActOnTicketCommand> {
  private readonly runner: StreamCommandRunner;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly clock: Clock,
  ) {
    this.runner = new StreamCommandRunner(store);
  }

  async execute({ ticketId, type, data, user, context }: ActOnTicketCommand): Promise<TicketWriteResult> {
    if (!mayIssueTicketCommand(user.role, type)) throw new ForbiddenError(user.role, type);
    const outcome = await this.runner.run(
      ticketStream(ticketId),
      ticketDecider,
      (state: TicketState): TicketCommand => {
        assertMayAct(state, user, ticketId);
        return {
          type,
          actor: { id: user.id, role: user.role },
          now: this.clock.now().toISOString(),
          ...(context.occurredAt ? { occurredAt: context.occurredAt } : {}),
          data: compact({ ...data, ticketId }),
        } as TicketCommand;
      },
      context,
      { mustExist: true },
    );
    return { id: ticketId, revision: outcome.revision, position: String(outcome.position) };
  }
}

/** A customer contact acts only on its own organisation's tickets. */
export function assertMayAct(state: TicketState, user: AuthenticatedUser, ticketId: string): void {
  if (state.status === 'not_reported') throw new NotFoundError('ticket', ticketId);
  if (user.role === 'customer' && state.customerId !== user.customerId) {
    throw new ForbiddenError(
      user.role,
      'act',
      "A customer contact may act only on its own organisation's tickets",
    );
  }
}
