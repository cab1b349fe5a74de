import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class PhaseSurveysQueryDto {
  @ApiPropertyOptional({
    description: "First month 'YYYY-MM' (contract's zone), inclusive",
    example: '2026-01',
  })
  @Omittable()
  @Matches(MONTH, { message: 'from must be a month YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({
    description: "Last month 'YYYY-MM' (contract's zone), inclusive",
    example: '2026-03',
  })
  @Omittable()
  @Matches(MONTH, { message: 'to must be a month YYYY-MM' })
  to?: string;
}
