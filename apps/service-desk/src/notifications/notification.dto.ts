import { ApiProperty } from '@nestjs/swagger';
import { ESCALATION_LEVELS, SLA_WATCH_TIMERS } from '#domain';
import { NOTIFICATION_KINDS } from '#projections';

export class BilingualTextDto {
  @ApiProperty({ example: '工单 SV-202611-0042 已升级至售后服务部经理（1级，人工升级）' })
  zh: string;

  @ApiProperty({ example: 'Ticket SV-202611-0042 escalated to service manager (level 1, by hand)' })
  en: string;
}

/** One notification as its recipient sees it. */
export class NotificationDto {
  @ApiProperty({ format: 'uuid', description: 'Derived from the event id and the recipient' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    description: 'The ticket it is about; null for a contract notification (service_plan_missed)',
  })
  ticketId: string | null;

  @ApiProperty({ nullable: true, example: 'SV-202611-0042' })
  serviceNo: string | null;

  @ApiProperty({
    nullable: true,
    description: 'service_plan_missed: the contract it is about; null for a ticket notification',
  })
  contractId: string | null;

  @ApiProperty({
    nullable: true,
    example: '2026-03',
    description: "service_plan_missed: the month 'YYYY-MM' (inspection) or quarter 'YYYY-Qn' (revisit)",
  })
  period: string | null;

  @ApiProperty({ description: 'A user id, or the role it was sent to (e.g. manager)' })
  recipient: string;

  @ApiProperty({
    nullable: true,
    enum: SLA_WATCH_TIMERS,
    description: 'sla_at_risk: the timer',
  })
  timer: string | null;

  @ApiProperty({
    nullable: true,
    description: "escalated: the reason; service_plan_missed: the visit missed ('inspection' or 'revisit')",
  })
  reason: string | null;

  @ApiProperty({ nullable: true, enum: ESCALATION_LEVELS, description: 'escalated: the level' })
  level: number | null;

  @ApiProperty({
    nullable: true,
    description:
      "The deadline it is about, in the ticket's zone (service_plan_missed: the period's end, in the contract's zone)",
  })
  dueAt: string | null;

  @ApiProperty({ description: 'When the event was recorded' })
  createdAt: string;

  @ApiProperty({ description: 'Global position of the event (the SSE id)' })
  position: string;

  @ApiProperty({ type: BilingualTextDto })
  text: BilingualTextDto;

  @ApiProperty({ description: 'Read by the caller' })
  read: boolean;

  @ApiProperty({ nullable: true })
  readAt: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto], description: 'Newest first' })
  items: NotificationDto[];

  @ApiProperty({ nullable: true, description: 'Pass as ?cursor= for the next page; null on the last page' })
  nextCursor: string | null;
}

export class NotificationReadResultDto {
  @ApiProperty({ format: 'uuid', description: 'The notification' })
  id: string;

  @ApiProperty({ description: "Revision of the caller's notification-reads stream" })
  revision: number;

  @ApiProperty({ description: 'Global position reached; pass it as ?after= to read your own write' })
  position: string;
}
