import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext, type CommandResult, derivedId, stampOf } from '#command-handling';
import { Injectable } from '@nestjs/common';
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
@Injectable()
export class ContractRegistration {
  constructor(private readonly seam: CommandSeam) {}

  contractIdFor(context: CommandContext): string {
    return derivedId('contract', context.commandId);
  }

  async register(
    body: RegisterContractDto,
    context: CommandContext,
  ): Promise<CommandResult<ContractState, unknown>> {
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
