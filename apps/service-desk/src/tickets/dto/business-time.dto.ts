import { ApiPropertyOptional } from '@nestjs/swagger';

import { IsInstant } from './is-instant.validator.js';
import { Omittable } from '../../validation/omittable.decorator.js';

/** Every action may say when it happened in the business (e.g. the minute the engineer arrived). */
export class BusinessTimeDto {
  @ApiPropertyOptional({
    description: 'When it happened (ISO 8601 with offset); defaults to now; never in the future',
    example: '2026-11-20T22:15:00+08:00',
  })
  @Omittable()
  @IsInstant()
  occurredAt?: string;
}
