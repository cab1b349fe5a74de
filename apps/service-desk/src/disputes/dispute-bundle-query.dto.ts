import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant } from '../tickets/dto/is-instant.validator.js';
import { Omittable } from '../validation/omittable.decorator.js';

export class DisputeBundleQueryDto {
  @ApiPropertyOptional({
    description:
      'Make the bundle as the ledger stood at this instant (ISO 8601 with offset): only the events ' +
      'recorded by then, and the SLA read at it. Default: now, every event.',
    example: '2026-11-20T22:15:00+08:00',
  })
  @Omittable()
  @IsInstant()
  asOf?: string;
}
