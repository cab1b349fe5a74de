import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import type { ReportFormat } from './report-format.js';
import { ReportFormatParam, ReportTimeZone } from './report-query.decorators.js';

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

  @ReportTimeZone('IANA time zone (default Asia/Shanghai)', 'Asia/Shanghai')
  tz?: string;

  @ReportFormatParam()
  format?: ReportFormat;
}
