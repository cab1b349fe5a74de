import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ServicePlanQueryDto } from '../contracts/service-plan-query.dto.js';
import { Omittable } from '../validation/omittable.decorator.js';
import { REPORT_FORMATS, type ReportFormat } from './report-format.js';

/** `GET /api/reports/service-plan`: every contract's inspections and revisits from..to. */
export class ServicePlanReportQueryDto extends ServicePlanQueryDto {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv, or send Accept: text/csv (default json)' })
  @Omittable()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}
