import { datedContext } from '../command-handling/dated-context.js';
import { CommandBus } from '@nestjs/cqrs';
import { ActOnContractCommand, assertOwnContract, type ContractAction } from './act-on-contract.command.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext } from '#command-handling';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { contractDecider, contractStream, type ImplementationPhase, type SatisfactionScores } from '#domain';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { WriteResultDto, writeResult } from '../staff/write-result.dto.js';
import { PhaseSurveyListView, type PhaseSurveyView } from './phase-survey-view.js';
import { PhaseSurveysQueryDto } from './phase-surveys-query.dto.js';
import { RecordPhaseSurveyDto } from './record-phase-survey.dto.js';

/** The satisfaction survey (客户满意度调查表) at the end of an implementation phase. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class PhaseSurveysController {
  constructor(
    private readonly seam: CommandSeam,
    private readonly commands: CommandBus,
  ) {}

  @Post(':id/surveys')
  @Roles('customer', 'agent', 'manager')
  @ApiOperation({
    summary:
      'Record a phase satisfaction survey (客户满意度调查表): by the customer contact (own organisation), or entered from paper by an agent or manager; a repeated surveyId is refused (409)',
  })
  @ApiCreatedResponse({ type: WriteResultDto, description: 'id is the surveyId' })
  @ApiNotFoundResponse({ description: 'No such contract (or, for a customer contact, not its own)' })
  async record(
    @Param('id') id: string,
    @Body() body: RecordPhaseSurveyDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestCommand() context: CommandContext,
  ): Promise<WriteResultDto> {
    const action: ContractAction = {
      type: 'RecordPhaseSurvey',
      data: {
        contractId: id,
        surveyId: body.surveyId,
        phase: body.phase as ImplementationPhase,
        respondent: body.respondent,
        scores: Object.fromEntries(
          Object.entries(body.scores).filter(([, score]) => score !== undefined),
        ) as SatisfactionScores,
        ...(body.implementingTeam !== undefined && { implementingTeam: body.implementingTeam }),
        ...(body.comments !== undefined && { comments: body.comments }),
        ...(body.surveyedAt !== undefined && { surveyedAt: body.surveyedAt }),
        ...(body.product !== undefined && {
          product: { name: body.product.name, version: body.product.version },
        }),
      },
    };
    const dated = datedContext(context, 'surveyedAt', body.surveyedAt, body.surveyedAtReason);
    const outcome = await this.commands.execute(new ActOnContractCommand(id, action, user, dated));
    return writeResult(body.surveyId, outcome);
  }

  @Get(':id/surveys')
  @Roles('manager', 'headquarters', 'auditor', 'admin', 'agent', 'engineer', 'customer')
  @ApiOperation({
    summary:
      "The contract's phase surveys, optionally of months from..to (contract's zone); a customer contact: its own contracts only",
  })
  @ApiOkResponse({ type: PhaseSurveyListView })
  @ApiNotFoundResponse({ description: 'No such contract (or, for a customer contact, not its own)' })
  async list(
    @Param('id') id: string,
    @Query() query: PhaseSurveysQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PhaseSurveyListView> {
    const { state, events } = await this.seam.load(contractStream(id), contractDecider);
    assertOwnContract(state, user, id);
    const surveys: PhaseSurveyView[] = [];
    for (const event of events) {
      if (event.type !== 'PhaseSurveyRecorded') continue;
      const survey: PhaseSurveyView = event.data;
      const month = survey.surveyedAt.slice(0, 7);
      if (query.from !== undefined && month < query.from) continue;
      if (query.to !== undefined && month > query.to) continue;
      surveys.push(survey);
    }
    return { contractId: id, surveys };
  }
}
