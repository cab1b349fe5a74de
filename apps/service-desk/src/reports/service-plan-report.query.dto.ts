import { ServicePlanQueryDto } from '../contracts/service-plan-query.dto.js';
import type { ReportFormat } from './report-format.js';
import { ReportFormatParam } from './report-query.decorators.js';

/** `GET /api/reports/service-plan`: every contract's inspections and revisits from..to. */
export class ServicePlanReportQueryDto extends ServicePlanQueryDto {
  @ReportFormatParam()
  format?: ReportFormat;
}
