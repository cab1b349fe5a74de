import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsInstant } from '../tickets/dto/is-instant.validator.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, toInteger } from '../ticket-queries/query-values.js';
import { Omittable } from '../validation/omittable.decorator.js';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** The filters and page of GET /api/notifications; every one may be left out. */
export class ListNotificationsDto {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only unread; false: only read' })
  @Omittable()
  @Transform(toBoolean)
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;

  @ApiPropertyOptional({
    description: 'Only notifications created at or after this ISO 8601 instant with offset',
    example: '2026-11-30T08:00:00+08:00',
  })
  @Omittable()
  @IsInstant()
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @Omittable()
  @Transform(toInteger)
  @IsInt({ message: `limit must be an integer from 1 to ${MAX_PAGE_SIZE}` })
  @Min(1, { message: `limit must be an integer from 1 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `limit must be an integer from 1 to ${MAX_PAGE_SIZE}` })
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page (same filters)' })
  @Omittable()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
