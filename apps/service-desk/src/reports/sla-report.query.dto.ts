import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Matches } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';
import { PERIOD_PATTERN } from './report-period.js';
import type { ReportFormat } from './report-format.js';
import { ReportFormatParam, ReportTimeZone } from './report-query.decorators.js';
import { GROUP_BYS, type GroupBy } from './sla-report.types.js';

/** `GET /api/reports/sla`: the period [from, to), its time zone, the grouping and the format. */
export class SlaReportQueryDto {
  @ApiPropertyOptional({
    description:
      'Start (included): a date (its midnight in `tz`) or an ISO 8601 instant. Required unless `period` is given.',
    example: '2026-11-01',
  })
  @Omittable()
  @IsString()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({
    description:
      'End (excluded): a date (its midnight in `tz`) or an ISO 8601 instant; must lie after `from`.',
    example: '2026-12-01',
  })
  @Omittable()
  @IsString()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({
    description: 'Instead of from/to: a month (2026-11), a quarter (2026-Q4) or a year (2026) in `tz`.',
    example: '2026-11',
  })
  @Omittable()
  @IsString()
  @Matches(PERIOD_PATTERN, {
    message: 'period must be a month (2026-11), a quarter (2026-Q4) or a year (2026)',
  })
  period?: string;

  @ReportTimeZone('IANA time zone of dates, months and the answer (default Asia/Shanghai)', 'Asia/Shanghai')
  tz?: string;

  @ApiPropertyOptional({ enum: GROUP_BYS, description: 'One row per group; without it, only the total' })
  @Omittable()
  @IsIn(GROUP_BYS)
  groupBy?: GroupBy;

  @ReportFormatParam()
  format?: ReportFormat;
}
