import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../auth/roles.decorator.js';
import { uuidParam } from '../tickets/ticket-id.pipe.js';
import { CustomerArchiveQueryDto } from './customer-archive-query.dto.js';
import { CustomerArchiveDto } from './customer-archive.dto.js';
import { GetCustomerArchiveQuery } from './get-customer-archive.query.js';
import { GetPhaseSurveyFormQuery } from './get-phase-survey-form.query.js';
import { GetTicketFormQuery, ListTicketFormsQuery } from './get-ticket-forms.query.js';
import { MaintenanceRequestFormDto } from './forms/maintenance-request.form.js';
import { ProblemFeedbackFormDto } from './forms/problem-feedback.form.js';
import { ProblemRecordFormDto } from './forms/problem-record.form.js';
import { PhaseSurveyFormDto, SatisfactionSurveyFormDto } from './forms/satisfaction-survey.form.js';
import { ServiceRecordFormDto } from './forms/service-record.form.js';
import type { TicketFormName } from './forms/ticket-forms.js';
import { TicketFormsListDto } from './ticket-forms-list.dto.js';

const READERS = ['manager', 'headquarters', 'auditor', 'admin', 'agent', 'engineer', 'customer'] as const;
const ISOLATION = "a customer contact reads only its own organisation's (403 otherwise)";

@ApiTags('archive')
@ApiBearerAuth()
@Roles(...READERS)
@ApiForbiddenResponse({ description: `Role not allowed, or ${ISOLATION}` })
@Controller('archive')
export class ArchiveController {
  constructor(private readonly queries: QueryBus) {}

  @Get('customers/:id')
  @ApiOperation({
    summary: "A customer's service archive (服务档案)",
    description:
      'Every ticket of the organisation in order of report time, with its cause and fix, escalations ' +
      "and satisfaction surveys; its contracts' inspections, revisits and phase surveys (first page only, " +
      'by when they were done); filter by report period (`from` inclusive, `to` exclusive) and page ' +
      `with \`limit\` and \`cursor\`. Reporters' phones, e-mails and faxes only for roles that need them; ${ISOLATION}.`,
  })
  @ApiOkResponse({ type: CustomerArchiveDto })
  @ApiNotFoundResponse({ description: 'No such customer' })
  customer(
    @Param('id') id: string,
    @Query() filter: CustomerArchiveQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<CustomerArchiveDto> {
    return this.queries.execute(new GetCustomerArchiveQuery({ customerId: id, filter }, request.user!));
  }

  @Get('tickets/:id/forms')
  @ApiOperation({ summary: 'The forms of a ticket and which of them apply' })
  @ApiOkResponse({ type: TicketFormsListDto })
  @ApiNotFoundResponse({ description: 'No such ticket' })
  forms(@Param('id', uuidParam('id')) id: string, @Req() request: FastifyRequest) {
    return this.queries.execute(new ListTicketFormsQuery({ ticketId: id }, request.user!));
  }

  @Get('tickets/:id/forms/service-record')
  @ApiOperation({ summary: 'After-sales service record (售后服务记录) of a ticket, as data' })
  @ApiOkResponse({ type: ServiceRecordFormDto })
  @ApiNotFoundResponse({ description: 'No such ticket' })
  serviceRecord(@Param('id', uuidParam('id')) id: string, @Req() request: FastifyRequest) {
    return this.form(id, 'service-record', request);
  }

  @Get('tickets/:id/forms/maintenance-request')
  @ApiOperation({ summary: 'System maintenance request (系统维护申请表) of a ticket, as data' })
  @ApiOkResponse({ type: MaintenanceRequestFormDto })
  @ApiNotFoundResponse({ description: 'No such ticket' })
  maintenanceRequest(@Param('id', uuidParam('id')) id: string, @Req() request: FastifyRequest) {
    return this.form(id, 'maintenance-request', request);
  }

  @Get('tickets/:id/forms/problem-record')
  @ApiOperation({ summary: 'Customer problem record (客户问题记录表) of a ticket, as data' })
  @ApiOkResponse({ type: ProblemRecordFormDto })
  @ApiNotFoundResponse({ description: 'No such ticket' })
  problemRecord(@Param('id', uuidParam('id')) id: string, @Req() request: FastifyRequest) {
    return this.form(id, 'problem-record', request);
  }

  @Get('tickets/:id/forms/problem-feedback')
  @ApiOperation({ summary: 'Customer problem feedback (客户问题回馈记录) of a ticket, as data' })
  @ApiOkResponse({ type: ProblemFeedbackFormDto })
  @ApiNotFoundResponse({ description: 'No such ticket' })
  problemFeedback(@Param('id', uuidParam('id')) id: string, @Req() request: FastifyRequest) {
    return this.form(id, 'problem-feedback', request);
  }

  @Get('tickets/:id/forms/satisfaction-survey')
  @ApiOperation({
    summary: 'Customer satisfaction survey (客户满意度调查表) of a ticket: the latest answer, as data',
  })
  @ApiOkResponse({ type: SatisfactionSurveyFormDto })
  @ApiNotFoundResponse({ description: 'No such ticket' })
  satisfactionSurvey(@Param('id', uuidParam('id')) id: string, @Req() request: FastifyRequest) {
    return this.form(id, 'satisfaction-survey', request);
  }

  @Get('contracts/:id/surveys/:surveyId/form')
  @ApiOperation({
    summary:
      'Customer satisfaction survey (客户满意度调查表) of an implementation phase: one phase survey of a contract, as data',
  })
  @ApiOkResponse({ type: PhaseSurveyFormDto })
  @ApiNotFoundResponse({ description: 'No such survey on this contract' })
  phaseSurveyForm(
    @Param('id') id: string,
    @Param('surveyId') surveyId: string,
    @Req() request: FastifyRequest,
  ): Promise<PhaseSurveyFormDto> {
    return this.queries.execute(new GetPhaseSurveyFormQuery({ contractId: id, surveyId }, request.user!));
  }

  private form(id: string, form: TicketFormName, request: FastifyRequest) {
    return this.queries.execute(new GetTicketFormQuery({ ticketId: id, form }, request.user!));
  }
}
