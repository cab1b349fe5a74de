import { CommandBus } from '@nestjs/cqrs';
import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext } from '#command-handling';
import { Body, Controller, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { contractDecider, contractStream, NotFoundError, type SlaPolicyInput } from '#domain';
import { otherOrganisation } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { Clock } from '../clock/clock.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { WriteResultDto, writeResult } from '../staff/write-result.dto.js';
import { ActOnContractCommand } from './act-on-contract.command.js';
import { RegisterContractCommand } from './register-contract.command.js';
import { ContractView, contractView } from './contract-view.js';
import { withDefaultName } from './contract-validators.js';
import { RegisterContractDto } from './register-contract.dto.js';
import { SlaPolicyResultDto } from './sla-policy-result.dto.js';
import { SlaPolicyDto, type SlaTargetsBySeverityDto, type SlaTargetsDto } from './sla-policy.dto.js';

/** The targets given, without the keys a DTO instance holds as undefined (they would hide the defaults). */
function severitiesOf(targets: SlaTargetsBySeverityDto): SlaPolicyInput['severities'] {
  const given = Object.entries(targets).filter(([, t]) => t !== undefined) as [string, SlaTargetsDto][];
  return Object.fromEntries(
    given.map(([severity, t]) => [
      severity,
      Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)),
    ]),
  );
}

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly seam: CommandSeam,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a service contract; the default SLA policy of DOMAIN.md is version 1' })
  @ApiCreatedResponse({ type: WriteResultDto })
  async register(
    @Body() body: RegisterContractDto,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    return this.commands.execute(new RegisterContractCommand(body, context));
  }

  @Put(':id/sla-policy')
  @Roles('admin')
  @ApiOperation({ summary: 'Set a new SLA policy version; anything left out takes the default of DOMAIN.md' })
  @ApiOkResponse({ type: SlaPolicyResultDto })
  async setSlaPolicy(
    @Param('id') id: string,
    @Body() body: SlaPolicyDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestCommand() context: CommandContext,
  ): Promise<SlaPolicyResultDto> {
    const policy: SlaPolicyInput = {
      ...(body.calendar !== undefined && {
        calendar: withDefaultName(body.calendar) as SlaPolicyInput['calendar'],
      }),
      ...(body.atRiskShare !== undefined && { atRiskShare: body.atRiskShare }),
      ...(body.confirmationWindow !== undefined && { confirmationWindow: body.confirmationWindow }),
      ...(body.escalationAnswerWindow !== undefined && {
        escalationAnswerWindow: body.escalationAnswerWindow,
      }),
      ...(body.targets !== undefined && { severities: severitiesOf(body.targets) }),
    };
    const outcome = await this.commands.execute(
      new ActOnContractCommand(
        id,
        {
          type: 'SetSlaPolicy',
          data: {
            contractId: id,
            policy,
            ...(body.effectiveFrom !== undefined && { effectiveFrom: body.effectiveFrom }),
          },
        },
        user,
        context,
      ),
    );
    const set = outcome.events.find((e) => e.type === 'SlaPolicySet');
    return { ...writeResult(id, outcome), version: Number(set?.data.version) };
  }

  @Get(':id')
  @Roles('admin', 'manager', 'agent', 'engineer', 'headquarters', 'auditor', 'customer')
  @ApiOperation({
    summary: 'A contract: its terms and the SLA policy in force now (a customer contact: its own only)',
  })
  @ApiOkResponse({ type: ContractView })
  async get(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContractView> {
    const { state, revision } = await this.seam.load(contractStream(id), contractDecider);
    if (state.status === 'not_registered' || revision === 'no_stream') {
      if (user.role === 'customer') throw otherOrganisation(`contract ${id}`);
      throw new NotFoundError('contract', id);
    }
    if (user.role === 'customer' && state.customerId !== user.customerId)
      throw otherOrganisation(`contract ${id}`);
    void reply.header('ETag', `"${revision}"`);
    return contractView(state, revision, this.clock.now().getTime());
  }
}
