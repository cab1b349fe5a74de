import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type TicketCommandType, withoutUndefined } from '#domain';
import type { CommandContext } from '#command-handling';
import { RequestCommand } from '../command-handling/request-command-context.js';
import { datedContext } from '../command-handling/dated-context.js';
import type { BusinessTimeDto } from './dto/business-time.dto.js';
import { ActOnTicketCommand } from './act-on-ticket.command.js';
import { ArriveDto } from './dto/arrive.dto.js';
import { AssignmentDto } from './dto/assignment.dto.js';
import { ConfirmationDto } from './dto/confirmation.dto.js';
import { DispatchDto } from './dto/dispatch.dto.js';
import { EscalateDto } from './dto/escalate.dto.js';
import { CloseDto, ReasonDto } from './dto/reason.dto.js';
import { ReportFaultDto } from './dto/report-fault.dto.js';
import { ReportTimeCorrectionDto } from './dto/report-time-correction.dto.js';
import { ResolveDto } from './dto/resolve.dto.js';
import { RespondDto } from './dto/respond.dto.js';
import { SeverityDto } from './dto/severity.dto.js';
import { SupervisionNoteDto } from './dto/supervision-note.dto.js';
import { SurveyDto } from './dto/survey.dto.js';
import { GetTicketQuery } from './get-ticket.query.js';
import { ReportFaultCommand } from './report-fault.command.js';
import { uuidParam } from './ticket-id.pipe.js';
import { ReportFaultResult, TicketWriteResult } from './ticket-write-result.js';

type ActionType = Exclude<TicketCommandType, 'ReportFault'>;

@ApiTags('tickets')
@ApiBearerAuth()
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'A retried request returns the first answer',
})
@Controller('tickets')
export class TicketsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ReportFaultResult })
  report(
    @Body() dto: ReportFaultDto,
    @Req() request: FastifyRequest,
    @RequestCommand() context: CommandContext,
  ) {
    return this.commands.execute(new ReportFaultCommand(dto, request.user!, context));
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The ticket, its assignees and its SLA timers now; ETag is its revision' })
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.queries.execute(new GetTicketQuery({ ticketId: id }, request.user!));
    reply.header('ETag', `"${view.revision}"`);
    return view;
  }

  @Post(':id/responses')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Revision last seen; 412 if the ticket moved on',
  })
  respond(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RespondDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return this.act(id, 'Respond', { mode: dto.mode, note: dto.note, engineerId: dto.engineerId }, r, c, dto);
  }

  @Post(':id/dispatches')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  dispatch(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: DispatchDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    const data = { engineerIds: dto.engineers, reason: dto.reason, expectedArrivalAt: dto.expectedArrival };
    return this.act(id, 'DispatchOnSite', data, r, c, dto);
  }

  @Post(':id/arrivals')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  arrive(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ArriveDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return this.act(id, 'ArriveOnSite', { engineerId: dto.engineerId }, r, c, dto);
  }

  @Post(':id/resolution')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  resolve(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ResolveDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    const { cause, measures, resolution, category } = dto;
    return this.act(id, 'Resolve', { cause, measures, resolution, category }, r, c, dto);
  }

  @Post(':id/escalations')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  escalate(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: EscalateDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    const data = { level: dto.level, reason: dto.reason, to: dto.to, note: dto.note, automatic: false };
    return this.act(id, 'Escalate', data, r, c, dto);
  }

  @Post(':id/confirmation')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  confirm(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ConfirmationDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return dto.confirmed
      ? this.act(id, 'ConfirmResolution', { note: dto.note }, r, c, dto)
      : this.act(id, 'RejectResolution', { reason: dto.note }, r, c, dto);
  }

  @Post(':id/supervision-notes')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  chase(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SupervisionNoteDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    const { period, progress, solvedPercent } = dto;
    return this.act(id, 'NoteSupervision', { period, progress, solvedPercent }, r, c, dto);
  }

  @Post(':id/severity')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  changeSeverity(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SeverityDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return this.act(id, 'ChangeSeverity', { severity: dto.severity, reason: dto.reason }, r, c, dto);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  assign(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AssignmentDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return this.act(id, 'Assign', { engineerId: dto.engineerId, note: dto.note }, r, c, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  close(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CloseDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return this.act(id, 'Close', { reason: dto.reason }, r, c, dto);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  reopen(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReasonDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return this.act(id, 'Reopen', { reason: dto.reason }, r, c, dto);
  }

  @Post(':id/survey')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  survey(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SurveyDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    const data = {
      scores: withoutUndefined({ ...dto.scores }),
      comments: dto.comments,
      respondent: dto.respondent,
    };
    return this.act(id, 'RecordSatisfaction', data, r, c, dto);
  }

  @Post(':id/report-time-correction')
  @HttpCode(200)
  @ApiOkResponse({ type: TicketWriteResult })
  correct(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReportTimeCorrectionDto,
    @Req() r: FastifyRequest,
    @RequestCommand() c: CommandContext,
  ) {
    return this.act(id, 'CorrectReportTime', { reportedAt: dto.reportedAt, reason: dto.reason }, r, c, {});
  }

  private async act(
    id: string,
    type: ActionType,
    data: Record<string, unknown>,
    request: FastifyRequest,
    context: CommandContext,
    time: BusinessTimeDto,
  ): Promise<TicketWriteResult> {
    const withTime = datedContext(context, 'occurredAt', time.occurredAt, time.occurredAtReason);
    const outcome = await this.commands.execute(
      new ActOnTicketCommand(id, type, data, request.user!, withTime),
    );
    return { id, revision: outcome.revision, position: String(outcome.position) };
  }
}
