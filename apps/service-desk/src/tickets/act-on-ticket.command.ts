import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stampOf, type CommandContext, type CommandResult } from '#command-handling';
import {
  ForbiddenError,
  NotFoundError,
  ticketDecider,
  ticketStream,
  type TicketCommand,
  type TicketCommandType,
  type TicketEvent,
  type TicketState,
  withoutUndefined,
} from '#domain';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { StaffDirectory } from './staff-directory.js';

/**
 * Any action on an existing ticket: the domain command's type and data (without the ticket id),
 * from a user of the desk or (user undefined) from the service itself, the SLA watchman.
 */
export class ActOnTicketCommand extends Command<CommandResult<TicketState, TicketEvent>> {
  constructor(
    readonly ticketId: string,
    readonly type: Exclude<TicketCommandType, 'ReportFault'>,
    readonly data: Record<string, unknown>,
    readonly user: AuthenticatedUser | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Loads the ticket, fences a customer contact to its own organisation, lets the ticket decider
 * decide, appends at the loaded revision. Who is sent on site or assigned must be an active
 * engineer: that lives in the staff streams, so it is checked here, before the seam.
 */
@CommandHandler(ActOnTicketCommand)
export class ActOnTicketHandler implements ICommandHandler<ActOnTicketCommand> {
  constructor(
    private readonly seam: CommandSeam,
    private readonly staff: StaffDirectory,
  ) {}

  async execute({
    ticketId,
    type,
    data,
    user,
    context,
  }: ActOnTicketCommand): Promise<CommandResult<TicketState, TicketEvent>> {
    if (type === 'DispatchOnSite') await this.staff.requireEngineers(data.engineerIds as string[]);
    if (type === 'Assign') await this.staff.requireEngineers([data.engineerId as string]);
    if (type === 'CorrectReportTime') this.requireCorrectionAllowed(data, context);
    return this.seam.handle(
      ticketStream(ticketId),
      ticketDecider,
      (state: TicketState): TicketCommand => {
        assertMayAct(state, user, ticketId);
        return { type, ...stampOf(context), data: withoutUndefined({ ...data, ticketId }) } as TicketCommand;
      },
      context,
      { mustExist: true },
    );
  }

  /** A corrected report time is a business time entered after the fact: the same back-dating bound holds. */
  private requireCorrectionAllowed(data: Record<string, unknown>, context: CommandContext): void {
    if (typeof data.reportedAt !== 'string') return; // the decider names the missing field
    this.seam.requireBackdatingAllowed({
      ...context,
      occurredAt: data.reportedAt,
      occurredAtField: 'reportedAt',
      occurredAtReason: typeof data.reason === 'string' ? data.reason : undefined,
    });
  }
}

/** A customer contact acts only on its own organisation's tickets. */
export function assertMayAct(
  state: TicketState,
  user: AuthenticatedUser | undefined,
  ticketId: string,
): void {
  if (state.status === 'not_reported') throw new NotFoundError('ticket', ticketId);
  if (user?.role === 'customer' && state.customerId !== user.customerId) {
    throw new ForbiddenError(
      user.role,
      'act',
      "A customer contact may act only on its own organisation's tickets",
    );
  }
}
