import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsTimeZone } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';
import { REPORT_FORMATS } from './report-format.js';

/** `tz` of a report: an IANA time zone, Asia/Shanghai when left out; `description` says what it applies to. */
export const ReportTimeZone = (description: string, example?: string) =>
  applyDecorators(
    ApiPropertyOptional(example === undefined ? { description } : { description, example }),
    Omittable(),
    IsString(),
    IsTimeZone(),
  );

/** `format` of a report: json (the default) or csv. */
export const ReportFormatParam = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: REPORT_FORMATS,
      description: 'csv, or send Accept: text/csv (default json)',
    }),
    Omittable(),
    IsIn(REPORT_FORMATS),
  );
