import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsTimeZone, IsUUID, Matches } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';
import { REPORT_FORMATS, type ReportFormat } from './report-format.js';

/** `GET /api/reports/maintenance`: one customer, one month or quarter. */
export class MaintenanceReportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The customer organisation' })
  @IsUUID()
  customer: string;

  @ApiProperty({ description: 'A month (2026-11) or a quarter (2026-Q4), in `tz`', example: '2026-11' })
  @IsString()
  @Matches(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, {
    message: 'period must be a month like 2026-11 or a quarter like 2026-Q4',
  })
  period: string;

  @ApiPropertyOptional({ description: 'IANA time zone (default Asia/Shanghai)', example: 'Asia/Shanghai' })
  @Omittable()
  @IsString()
  @IsTimeZone()
  tz?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv, or send Accept: text/csv (default json)' })
  @Omittable()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}
