import { datedContext } from '../command-handling/dated-context.js';
import { CommandBus } from '@nestjs/cqrs';
import { domainEventOf } from '#event-store';
import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext, derivedId } from '#command-handling';
import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { contractDecider, contractStream, NotFoundError, servicePlanStatus } from '#domain';
import { otherOrganisation } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { Clock } from '../clock/clock.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { WriteResultDto, writeResult } from '../staff/write-result.dto.js';
import { ActOnContractCommand, type ContractAction } from './act-on-contract.command.js';
import { ChangeInspectionExpertDto } from './change-inspection-expert.dto.js';
import { RecordInspectionDto } from './record-inspection.dto.js';
import { RecordRevisitDto } from './record-revisit.dto.js';
import { ServicePlanQueryDto } from './service-plan-query.dto.js';
import { ServicePlanView } from './service-plan-view.js';

/** The contract's service plan: monthly inspections by the fixed expert, quarterly revisits. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class ServicePlanController {
  constructor(
    private readonly seam: CommandSeam,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post(':id/inspections')
  @Roles('engineer', 'manager')
  @ApiOperation({
    summary:
      'Record the month’s inspection with its findings: by the fixed expert, or by someone else with a manager’s override (reason); one per month (409)',
  })
  @ApiCreatedResponse({ type: WriteResultDto, description: 'id is the inspectionId' })
  async recordInspection(
    @Param('id') id: string,
    @Body() body: RecordInspectionDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    const inspectionId = derivedId('inspection', context.commandId);
    const dated = datedContext(context, 'inspectedAt', body.inspectedAt, body.inspectedAtReason);
    const outcome = await this.act(id, user, dated, {
      type: 'RecordInspection',
      data: {
        contractId: id,
        inspectionId,
        findings: { ...body.findings },
        ...(body.period !== undefined && { period: body.period }),
        ...(body.inspectorId !== undefined && { inspectorId: body.inspectorId }),
        ...(body.override !== undefined && { override: { reason: body.override.reason } }),
        ...(body.inspectedAt !== undefined && { inspectedAt: body.inspectedAt }),
      },
    });
    return writeResult(inspectionId, outcome);
  }

  @Put(':id/inspection-expert')
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: 'Change the contract’s fixed inspection expert (an active engineer), with a reason',
  })
  @ApiOkResponse({ type: WriteResultDto, description: 'id is the contractId' })
  async changeInspectionExpert(
    @Param('id') id: string,
    @Body() body: ChangeInspectionExpertDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    const outcome = await this.act(id, user, context, {
      type: 'ChangeInspectionExpert',
      data: { contractId: id, expertId: body.expertId, reason: body.reason },
    });
    return writeResult(id, outcome);
  }

  @Post(':id/revisits')
  @Roles('engineer', 'manager', 'agent')
  @ApiOperation({
    summary: 'Record the quarter’s revisit with the customer’s answers; one per quarter (409)',
  })
  @ApiCreatedResponse({ type: WriteResultDto, description: 'id is the revisitId' })
  async recordRevisit(
    @Param('id') id: string,
    @Body() body: RecordRevisitDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    const revisitId = derivedId('revisit', context.commandId);
    const dated = datedContext(context, 'revisitedAt', body.revisitedAt, body.revisitedAtReason);
    const outcome = await this.act(id, user, dated, {
      type: 'RecordRevisit',
      data: {
        contractId: id,
        revisitId,
        answers: { ...body.answers },
        contactName: body.contactName,
        ...(body.period !== undefined && { period: body.period }),
        ...(body.revisitedAt !== undefined && { revisitedAt: body.revisitedAt }),
      },
    });
    return writeResult(revisitId, outcome);
  }

  @Get(':id/service-plan')
  @Roles('manager', 'headquarters', 'auditor', 'admin', 'customer')
  @ApiOperation({
    summary:
      'Inspections per month and revisits per quarter from..to: due, on time, late, missed (a customer contact: its own contracts only)',
  })
  @ApiOkResponse({ type: ServicePlanView })
  async servicePlan(
    @Param('id') id: string,
    @Query() query: ServicePlanQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ServicePlanView> {
    const { state, events } = await this.seam.load(contractStream(id), contractDecider);
    if (state.status === 'not_registered') {
      if (user.role === 'customer') throw otherOrganisation(`contract ${id}`);
      throw new NotFoundError('contract', id);
    }
    if (user.role === 'customer' && state.customerId !== user.customerId) {
      throw otherOrganisation(`contract ${id}`);
    }
    const plan = servicePlanStatus(
      events.map(domainEventOf),
      query.from,
      query.to,
      this.clock.now().toISOString(),
    );
    if (!plan) throw new NotFoundError('contract', id);
    return plan;
  }

  private act(id: string, user: AuthenticatedUser, context: CommandContext, action: ContractAction) {
    return this.commands.execute(new ActOnContractCommand(id, action, user, context));
  }
}
