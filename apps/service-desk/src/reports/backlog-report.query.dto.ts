import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsTimeZone } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';
import { REPORT_FORMATS, type ReportFormat } from './report-format.js';

/** `GET /api/reports/backlog`: the open tickets now. */
export class BacklogReportQueryDto {
  @ApiPropertyOptional({
    description: 'IANA time zone of the instants in the answer (default Asia/Shanghai)',
  })
  @Omittable()
  @IsString()
  @IsTimeZone()
  tz?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv, or send Accept: text/csv (default json)' })
  @Omittable()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}
