import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  SEVERITIES,
  TICKET_KINDS,
  TICKET_STATUSES,
  URGENCIES,
  type Severity,
  type TicketKind,
  type TicketStatus,
  type Urgency,
} from '#domain';
import { SLA_TICKET_STATES, type SlaTicketState } from '#projections';
import { toInteger } from '#service-config';
import { IsInstant } from '../tickets/dto/is-instant.validator.js';
import { Omittable } from '../validation/omittable.decorator.js';
import { toBoolean } from '../validation/to-boolean.js';
import { DEFAULT_TICKET_SORT, TICKET_SORTS } from './ticket-sort.js';
import { PageCursor, PageLimit } from '../validation/page.decorators.js';
import { IsSeverity, SEVERITY_RANGE } from '../validation/is-severity.decorator.js';

/** '1, 2, 3 or 4' */
const SEVERITIES_IN_WORDS = `${SEVERITIES.slice(0, -1).join(', ')} or ${SEVERITIES.at(-1)}`;
const INSTANT = 'ISO 8601 instant with offset, e.g. 2026-11-20T22:15:00+08:00';

/** The filters, sort and page of GET /api/tickets; every one may be left out. */
export class ListTicketsDto {
  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @Omittable()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'true: every status but closed; false: closed only' })
  @Omittable()
  @Transform(toBoolean)
  @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Customer organisation (a customer contact: its own only)',
  })
  @Omittable()
  @IsUUID()
  customer?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Omittable()
  @IsUUID()
  contract?: string;

  @ApiPropertyOptional({ ...SEVERITY_RANGE, description: 'Severity in force (1 most severe)' })
  @Omittable()
  @Transform(toInteger)
  @IsSeverity({ message: `severity must be ${SEVERITIES_IN_WORDS}` })
  severity?: Severity;

  @ApiPropertyOptional({ enum: TICKET_KINDS })
  @Omittable()
  @IsIn(TICKET_KINDS)
  kind?: TicketKind;

  @ApiPropertyOptional({ enum: URGENCIES })
  @Omittable()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional({ format: 'uuid', description: 'Staff id of the engineer the ticket is assigned to' })
  @Omittable()
  @IsUUID()
  assignee?: string;

  @ApiPropertyOptional({ description: `Reported at or after this ${INSTANT}` })
  @Omittable()
  @IsInstant()
  reportedFrom?: string;

  @ApiPropertyOptional({ description: `Reported before this ${INSTANT}` })
  @Omittable()
  @IsInstant()
  reportedTo?: string;

  @ApiPropertyOptional({
    enum: SLA_TICKET_STATES,
    description:
      "The ticket's SLA now: its worst timer (breached > at_risk > running > met), judged at the request's instant",
  })
  @Omittable()
  @IsIn(SLA_TICKET_STATES)
  sla?: SlaTicketState;

  @ApiPropertyOptional({
    description: 'Free text found in the description, resolution, cause, measures or service number',
    example: '结算',
  })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: TICKET_SORTS,
    default: DEFAULT_TICKET_SORT,
    description: '`-` sorts descending',
  })
  @Omittable()
  @IsIn(TICKET_SORTS)
  sort?: string;

  @PageLimit()
  limit?: number;

  @PageCursor('The nextCursor of the previous page (same filters and sort)', 2000)
  cursor?: string;
}
