import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, SYSTEM_ROLE, type ActorRole } from '#domain';

const ACTOR_ROLES = [...ROLES, SYSTEM_ROLE];
import { IsInstant } from '../tickets/dto/is-instant.validator.js';
import { Omittable } from '../validation/omittable.decorator.js';
import { PageCursor, PageLimit } from '../validation/page.decorators.js';

export const AUDIT_ORDERS = ['asc', 'desc'] as const;
const INSTANT = 'ISO 8601 instant with offset, e.g. 2026-11-20T22:15:00+08:00';

/** The filters and page of GET /api/audit; every one may be left out. */
export class AuditQueryDto {
  @ApiPropertyOptional({ description: "Who acted: a staff id ('system' for the service itself)" })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({
    enum: ACTOR_ROLES,
    description: "The role the actor acted in ('system': the SLA watchman)",
  })
  @Omittable()
  @IsIn(ACTOR_ROLES)
  role?: ActorRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'Events concerning this customer organisation' })
  @Omittable()
  @IsUUID()
  customer?: string;

  @ApiPropertyOptional({ description: 'Event type', example: 'FaultReported' })
  @Omittable()
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,99}$/, { message: 'type must be an event type name, e.g. FaultReported' })
  type?: string;

  @ApiPropertyOptional({ description: `Recorded at or after this ${INSTANT}` })
  @Omittable()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: `Recorded before this ${INSTANT}` })
  @Omittable()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ enum: AUDIT_ORDERS, default: 'asc', description: 'By position in the log' })
  @Omittable()
  @IsIn(AUDIT_ORDERS)
  order?: (typeof AUDIT_ORDERS)[number];

  @PageLimit()
  limit?: number;

  @PageCursor('The nextCursor of the previous page (same filters and order)', 2000)
  cursor?: string;
}
