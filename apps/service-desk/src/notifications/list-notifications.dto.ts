import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { IsInstant } from '../tickets/dto/is-instant.validator.js';
import { Omittable } from '../validation/omittable.decorator.js';
import { PageCursor, PageLimit } from '../validation/page.decorators.js';
import { toBoolean } from '../validation/to-boolean.js';

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

  @PageLimit()
  limit?: number;

  @PageCursor('The nextCursor of the previous page (same filters)', 500)
  cursor?: string;
}
