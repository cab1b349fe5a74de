import { ApiPropertyOptional } from '@nestjs/swagger';

import { IsInstant } from './is-instant.validator.js';
import { LongText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

/** Every action may say when it happened in the business (e.g. the minute the engineer arrived). */
export class BusinessTimeDto {
  @ApiPropertyOptional({
    description:
      'When it happened (ISO 8601 with offset); defaults to now; never in the future; staff at most BACKDATED_MAX_HOURS back, a customer contact 15 minutes',
    example: '2026-11-20T22:15:00+08:00',
  })
  @Omittable()
  @IsInstant()
  occurredAt?: string;

  @ApiPropertyOptional({
    description:
      'Why occurredAt lies in the past: required once it lies further back than BACKDATED_TOLERANCE_SECONDS (default 300)',
  })
  @Omittable()
  @LongText(2000)
  occurredAtReason?: string;
}
