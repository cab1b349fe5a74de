import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { IsInstant } from '../tickets/dto/is-instant.validator.js';
import { Omittable } from '../validation/omittable.decorator.js';

/** The period and page of a customer's archive. */
export class CustomerArchiveQueryDto {
  @ApiPropertyOptional({
    description: 'Tickets reported at or after this instant (ISO 8601 with offset)',
    example: '2026-11-01T00:00:00+08:00',
  })
  @Omittable()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({
    description: 'Tickets reported before this instant (exclusive)',
    example: '2026-12-01T00:00:00+08:00',
  })
  @Omittable()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100, description: 'Tickets per page' })
  @Omittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @Omittable()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor must be a nextCursor this service gave' })
  cursor?: string;
}
