import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stampOf, type CommandContext, type CommandResult } from '#command-handling';
import {
  contractDecider,
  contractStream,
  NotFoundError,
  RuleViolationError,
  type ContractCommand,
  type ContractEvent,
  type ContractState,
} from '#domain';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { StaffDirectory } from '../tickets/staff-directory.js';

/** A contract command without what the context stamps on it (actor, now, occurredAt). */
export type ContractAction = ContractCommand extends infer C
  ? C extends ContractCommand
    ? Omit<C, 'actor' | 'now' | 'occurredAt'>
    : never
  : never;

/** Any action on an existing contract: a new SLA policy, the service plan's records, a phase survey. */
export class ActOnContractCommand extends Command<CommandResult<ContractState, ContractEvent>> {
  constructor(
    readonly contractId: string,
    readonly action: ContractAction,
    /** Undefined: the service itself (the service-plan watchman). */
    readonly user: AuthenticatedUser | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Checks what lives in other streams (an inspector or expert named must be an active engineer),
 * fences a customer contact to its own organisation's contracts (404, as if there were none), and
 * lets the contract decider decide at the loaded revision.
 */
@CommandHandler(ActOnContractCommand)
export class ActOnContractHandler implements ICommandHandler<ActOnContractCommand> {
  constructor(
    private readonly seam: CommandSeam,
    private readonly staff: StaffDirectory,
  ) {}

  async execute({
    contractId,
    action,
    user,
    context,
  }: ActOnContractCommand): Promise<CommandResult<ContractState, ContractEvent>> {
    if (action.type === 'ChangeInspectionExpert') {
      await this.requireActiveEngineer(action.data.expertId, 'inspection_expert');
    }
    if (action.type === 'RecordInspection' && action.data.inspectorId !== undefined) {
      if (action.data.inspectorId !== context.actor.id) {
        await this.requireActiveEngineer(action.data.inspectorId, 'inspector');
      }
    }
    return this.seam.handle(
      contractStream(contractId),
      contractDecider,
      (state: ContractState) => {
        assertOwnContract(state, user, contractId);
        return { ...action, ...stampOf(context) } as ContractCommand;
      },
      context,
      { mustExist: true },
    );
  }

  /** As contract registration checks it: the staff member exists, is active and an engineer. */
  private async requireActiveEngineer(
    staffId: string,
    what: 'inspector' | 'inspection_expert',
  ): Promise<void> {
    const member = await this.staff.find(staffId);
    if (!member) throw new RuleViolationError(`${what}_unknown`, `No staff member ${staffId}`);
    if (member.status !== 'active' || !member.roles.includes('engineer')) {
      throw new RuleViolationError(
        `${what}_not_engineer`,
        `The ${what.replace('_', ' ')} must be an active engineer; ${member.name} (${staffId}) is not`,
      );
    }
  }
}

/** A contract a user may act on or read: it exists, and a customer contact's own (else 404). */
export function assertOwnContract(
  state: ContractState,
  user: AuthenticatedUser | undefined,
  id: string,
): void {
  if (state.status === 'not_registered') throw new NotFoundError('contract', id);
  if (user?.role === 'customer' && state.customerId !== user.customerId) {
    throw new NotFoundError('contract', id);
  }
}
