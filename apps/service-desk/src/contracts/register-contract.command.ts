import { datedContext } from '../command-handling/dated-context.js';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { writeResult, type WriteResultDto } from '../staff/write-result.dto.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';
import { type CommandContext, type CommandResult, derivedId, stampOf } from '#command-handling';
import {
  contractDecider,
  contractStream,
  customerDecider,
  customerStream,
  RuleViolationError,
  staffDecider,
  staffStream,
  type ContractCommand,
  type ContractState,
} from '#domain';
import type { RegisterContractDto } from './register-contract.dto.js';

/**
 * Registers a contract (with SLA policy version 1: the defaults of DOMAIN.md) after checking, in
 * their own streams, that the customer exists and the inspection expert is an active engineer.
 */
export class RegisterContractCommand extends ServiceCommand<RegisterContractDto, WriteResultDto> {}

@CommandHandler(RegisterContractCommand)
export class RegisterContractHandler implements ICommandHandler<RegisterContractCommand> {
  constructor(private readonly seam: CommandSeam) {}

  async execute({ input: body, context }: RegisterContractCommand): Promise<WriteResultDto> {
    return writeResult(this.contractIdFor(context), await this.register(body, context));
  }

  private contractIdFor(context: CommandContext): string {
    return derivedId('contract', context.commandId);
  }

  private async register(
    body: RegisterContractDto,
    given: CommandContext,
  ): Promise<CommandResult<ContractState, unknown>> {
    const context = datedContext(given, 'occurredAt', body.occurredAt, body.occurredAtReason);
    await this.assertCustomer(body.customerId);
    await this.assertInspectionExpert(body.inspectionExpertId);
    const contractId = this.contractIdFor(context);
    const command: ContractCommand = {
      type: 'RegisterContract',
      data: {
        contractId,
        customerId: body.customerId,
        name: body.name ?? `${body.product.name} ${body.product.version}`,
        product: { name: body.product.name, version: body.product.version },
        finalAcceptanceDate: body.acceptanceDate,
        ...(body.warrantyMonths !== undefined && { warrantyMonths: body.warrantyMonths }),
        ...(body.timeZone !== undefined && { timeZone: body.timeZone }),
        inspectionExpertId: body.inspectionExpertId,
      },
      ...stampOf(context),
    };
    return this.seam.handle(contractStream(contractId), contractDecider, command, context);
  }

  private async assertCustomer(customerId: string): Promise<void> {
    const { state } = await this.seam.load(customerStream(customerId), customerDecider);
    if (state.status === 'not_registered') {
      throw new RuleViolationError('customer_unknown', `No customer ${customerId}: register it first`);
    }
  }

  private async assertInspectionExpert(staffId: string): Promise<void> {
    const { state } = await this.seam.load(staffStream(staffId), staffDecider);
    if (state.status === 'not_registered') {
      throw new RuleViolationError('inspection_expert_unknown', `No staff member ${staffId}`);
    }
    if (state.status !== 'active' || !state.roles.includes('engineer')) {
      throw new RuleViolationError(
        'inspection_expert_not_engineer',
        `The inspection expert must be an active engineer; ${state.name} (${staffId}) is not`,
      );
    }
  }
}
