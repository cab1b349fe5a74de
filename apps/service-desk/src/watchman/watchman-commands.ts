import type { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '#command-handling';
import type { TicketCommandType } from '#domain';
import { ActOnContractCommand, type ContractAction } from '../contracts/act-on-contract.command.js';
import { ActOnTicketCommand } from '../tickets/act-on-ticket.command.js';

/** What a watchman's command answers: the events it wrote (none: it was decided as done already). */
export interface Issued {
  events: readonly unknown[];
}

/**
 * How a watchman's decision reaches the store: the desk's own commands (ActOnTicket, ActOnContract)
 * through the CommandBus, as the service itself (no user), so that a warning or an escalation takes
 * the one path every other write takes.
 */
export interface WatchmanCommands {
  onTicket(ticketId: string, action: TicketAction, context: CommandContext): Promise<Issued>;
  onContract(contractId: string, action: ContractAction, context: CommandContext): Promise<Issued>;
}

/** A ticket command without what the context stamps on it. */
export interface TicketAction {
  type: Exclude<TicketCommandType, 'ReportFault'>;
  data: object;
}

export function busCommands(bus: CommandBus): WatchmanCommands {
  return {
    onTicket: (ticketId, { type, data }, context) =>
      bus.execute(new ActOnTicketCommand(ticketId, type, { ...data }, undefined, context)),
    onContract: (contractId, action, context) =>
      bus.execute(new ActOnContractCommand(contractId, action, undefined, context)),
  };
}
