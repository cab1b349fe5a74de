import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SLA_TIMER_STATES, TICKET_KINDS, URGENCIES } from '#domain';
import { SLA_TICKET_STATES } from '#projections';
import { SEVERITY_RANGE } from '../validation/is-severity.decorator.js';

export class ReporterDto {
  @ApiProperty()
  name: string;

  @ApiPropertyOptional({
    description: 'Only for roles that need it (agent, engineer, manager, admin, customer)',
  })
  phone?: string;

  @ApiPropertyOptional()
  email?: string;

  @ApiPropertyOptional()
  fax?: string;
}

export class TimerNowDto {
  @ApiProperty({ enum: SLA_TIMER_STATES })
  state: string;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Last instant at which completing meets the target (null: not started)',
  })
  dueAt: string | null;
}

export class TicketSlaNowDto {
  @ApiProperty({ enum: [...SLA_TICKET_STATES, 'not_started'], description: 'The worst of the three timers' })
  state: string;

  @ApiProperty({ type: TimerNowDto })
  response: TimerNowDto;

  @ApiProperty({ type: TimerNowDto })
  onSite: TimerNowDto;

  @ApiProperty({ type: TimerNowDto })
  resolution: TimerNowDto;
}

/** One ticket of a listing: its facts and its SLA timers at the request's instant. */
export class TicketListItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'SV-202611-0042' })
  serviceNo: string;

  @ApiProperty()
  status: string;

  @ApiProperty(SEVERITY_RANGE)
  severity: number;

  @ApiProperty({ enum: TICKET_KINDS })
  kind: string;

  @ApiProperty({ enum: URGENCIES })
  urgency: string;

  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty({ format: 'uuid' })
  contractId: string;

  @ApiProperty({ description: 'Report time in force (after corrections), in the ticket zone' })
  reportedAt: string;

  @ApiProperty({ format: 'uuid', nullable: true })
  assignee: string | null;

  @ApiProperty({ type: ReporterDto })
  reporter: ReporterDto;

  @ApiProperty({
    description: 'Product and version the fault concerns',
    example: { name: 'HIS', version: '5.1' },
  })
  product: { name: string; version: string };

  @ApiProperty({ description: 'The fault description (故障描述), its first 200 characters' })
  description: string;

  @ApiProperty({ type: TicketSlaNowDto })
  sla: TicketSlaNowDto;

  @ApiProperty({ description: 'When the latest event of the ticket was recorded' })
  updatedAt: string;
}

export class TicketPageDto {
  @ApiProperty({ type: [TicketListItemDto] })
  items: TicketListItemDto[];

  @ApiProperty({ nullable: true, description: 'Pass as ?cursor= for the next page; null on the last page' })
  nextCursor: string | null;
}
