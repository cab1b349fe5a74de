import type { ReportFormat } from './report-format.js';
import { ReportFormatParam, ReportTimeZone } from './report-query.decorators.js';

/** `GET /api/reports/backlog`: the open tickets now. */
export class BacklogReportQueryDto {
  @ReportTimeZone('IANA time zone of the instants in the answer (default Asia/Shanghai)')
  tz?: string;

  @ReportFormatParam()
  format?: ReportFormat;
}
