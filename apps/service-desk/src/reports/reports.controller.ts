import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventStore } from '#event-store';
import type { ArchiveDb, SlaFactsDb } from '#projections';
import { otherOrganisation } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { Clock } from '../clock/clock.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import { backlogReport, type BacklogReport } from './backlog-report.js';
import { backlogReportCsv } from './backlog-report.csv.js';
import { BacklogReportQueryDto } from './backlog-report.query.dto.js';
import { BacklogReportDoc } from './backlog-report.response.js';
import { customerServicePlan } from './customer-service-plan.js';
import { maintenanceReport, type MaintenanceReport } from './maintenance-report.js';
import { maintenanceReportCsv } from './maintenance-report.csv.js';
import { MaintenanceReportQueryDto } from './maintenance-report.query.dto.js';
import { MaintenanceReportDoc } from './maintenance-report.response.js';
import { ApiReportResponse } from './api-report-response.decorator.js';
import { reportFormat, sendCsv } from './report-format.js';
import { DEFAULT_REPORT_TIME_ZONE, reportPeriod } from './report-period.js';
import { slaReport } from './sla-report.js';
import { slaReportCsv } from './sla-report.csv.js';
import { SlaReportQueryDto } from './sla-report.query.dto.js';
import { SlaReportDoc } from './sla-report.response.js';
import { servicePlanReport, servicePlanReportCsv, type ServicePlanReport } from './service-plan-report.js';
import { ServicePlanReportQueryDto } from './service-plan-report.query.dto.js';
import type { SlaReport } from './sla-report.types.js';

const CSV_NOTE = ' As CSV with `?format=csv` or `Accept: text/csv` (UTF-8 with BOM, header row, attachment).';

@ApiTags('reports')
@ApiBearerAuth()
@ApiBadRequestResponse({
  description:
    'A parameter is wrong (problem+json; `errors` names it: from, to, period, tz, groupBy, format, customer)',
})
@ApiForbiddenResponse({
  description: 'The role may not read this report, or a customer asked for another organisation',
})
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  private get db() {
    return this.readModels.host.db<SlaFactsDb>('sla-facts');
  }

  @Get('sla')
  @Roles('manager', 'headquarters', 'auditor', 'admin')
  @ApiOperation({
    summary: 'SLA compliance over the tickets reported in a period, per group',
    description:
      'Tickets reported in [from, to) (or in `period`), grouped by customer, contract, severity (the ' +
      'severity in force now), engineer (the assignee), warranty or month. Each ticket is judged by the SLA ' +
      'policy version its fault report carries; timers still running are judged at the instant of the ' +
      'request.' +
      CSV_NOTE,
  })
  @ApiReportResponse(SlaReportDoc)
  async sla(
    @Query() query: SlaReportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SlaReport | string> {
    const period = reportPeriod(query);
    const report = await slaReport(this.db, {
      period,
      groupBy: query.groupBy ?? null,
      asOfMs: this.clock.now().getTime(),
    });
    if (reportFormat(query.format, request) === 'json') return report;
    const { header, rows } = slaReportCsv(report);
    const name = period.name ?? `${report.period.from.slice(0, 10)}_${report.period.to.slice(0, 10)}`;
    return sendCsv(
      reply,
      `sla-report-${name}${query.groupBy ? `-by-${query.groupBy}` : ''}.csv`,
      header,
      rows,
    );
  }

  @Get('service-plan')
  @Roles('manager', 'headquarters', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Every contract’s inspections (per month) and revisits (per quarter) from..to',
    description:
      "Per contract and period: due (not over, nothing recorded), on_time, late (recorded after the period, for it), missed; with totals. Months 'YYYY-MM' in each contract's zone; the plan starts with the month of final acceptance." +
      CSV_NOTE,
  })
  async servicePlan(
    @Query() query: ServicePlanReportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServicePlanReport | string> {
    const archive = this.readModels.host.db<ArchiveDb>('archive');
    const now = this.clock.now().toISOString();
    const report = await servicePlanReport(archive, this.store, query.from, query.to, now);
    if (reportFormat(query.format, request) === 'json') return report;
    const { header, rows } = servicePlanReportCsv(report);
    return sendCsv(reply, `service-plan-${query.from}-${query.to}.csv`, header, rows);
  }

  @Get('backlog')
  @Roles('manager', 'headquarters', 'auditor', 'admin')
  @ApiOperation({
    summary: 'The open tickets now: by status, age and engineer, with those at risk and breached',
    description: 'Age buckets since the report time: <4h, 4-12h, 12-24h, 1-3d, >3d.' + CSV_NOTE,
  })
  @ApiReportResponse(BacklogReportDoc)
  async backlog(
    @Query() query: BacklogReportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BacklogReport | string> {
    const now = this.clock.now().getTime();
    const report = await backlogReport(this.db, now, query.tz ?? DEFAULT_REPORT_TIME_ZONE);
    if (reportFormat(query.format, request) === 'json') return report;
    const { header, rows } = backlogReportCsv(report);
    return sendCsv(reply, `backlog-${report.asOf.slice(0, 16).replace(':', '')}.csv`, header, rows);
  }

  @Get('maintenance')
  @Roles('manager', 'headquarters', 'auditor', 'admin', 'customer')
  @ApiOperation({
    summary: "A customer's monthly or quarterly maintenance report (月度/季度维护报告)",
    description:
      "The period's tickets with cause and fix, the SLA figures of that customer, escalations and " +
      "ticket surveys; its contracts' inspections (each month of the period) and revisits (the period's " +
      'quarter), each due, on_time, late or missed with findings or answers; the phase satisfaction ' +
      'surveys answered in the period; averages per item of ticket and phase surveys (0, not applicable, ' +
      'left out). A customer contact may read its own organisation only. The CSV lists tickets, then ' +
      'inspections, revisits and phase surveys as rows of the same columns, told apart by `section`.' +
      CSV_NOTE,
  })
  @ApiReportResponse(MaintenanceReportDoc)
  @ApiNotFoundResponse({ description: 'No such customer' })
  async maintenance(
    @Query() query: MaintenanceReportQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MaintenanceReport | string> {
    if (user.role === 'customer' && user.customerId !== query.customer) {
      throw otherOrganisation(`the maintenance report of customer ${query.customer}`);
    }
    const period = reportPeriod({ period: query.period, tz: query.tz });
    const customer = await this.db
      .selectFrom('sla_names')
      .select(['id', 'name'])
      .where('kind', '=', 'customer')
      .where('id', '=', query.customer)
      .executeTakeFirst();
    if (!customer) {
      throw new ProblemException({
        type: ProblemType.notFound,
        title: 'Not Found',
        status: 404,
        detail: `No customer ${query.customer}`,
      });
    }
    const now = this.clock.now();
    const named = { ...period, name: query.period };
    const archive = this.readModels.host.db<ArchiveDb>('archive');
    const plan = await customerServicePlan(archive, this.store, customer.id, named, now.toISOString());
    const report = await maintenanceReport(this.db, customer, named, now.getTime(), plan);
    if (reportFormat(query.format, request) === 'json') return report;
    const { header, rows } = maintenanceReportCsv(report);
    return sendCsv(reply, `maintenance-report-${query.period}-${customer.id.slice(0, 8)}.csv`, header, rows);
  }
}
