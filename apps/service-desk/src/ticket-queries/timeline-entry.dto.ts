import { ApiProperty } from '@nestjs/swagger';
import { ROLES, SYSTEM_ROLE } from '#domain';
import { EVENT_SOURCES } from '#event-store';

export class ActorDto {
  @ApiProperty({ description: "Staff id ('system' for the service itself)" })
  id: string;

  @ApiProperty({ enum: [...ROLES, SYSTEM_ROLE] })
  role: string;
}

export class SummaryDto {
  @ApiProperty({ example: '登记故障 SV-202611-0042（一级，热线电话）' })
  zh: string;

  @ApiProperty({ example: 'reported fault SV-202611-0042 (level 1, hotline)' })
  en: string;
}

/** One event as the timeline and the audit trail show it: who, what, when, from where. */
export class TimelineEntryDto {
  @ApiProperty({ description: 'Global position in the log (the order of everything)', example: '1042' })
  position: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ description: "Revision in the event's stream" })
  revision: number;

  @ApiProperty({ example: 'Responded' })
  type: string;

  @ApiProperty({ type: ActorDto })
  actor: ActorDto;

  @ApiProperty({ enum: EVENT_SOURCES, description: 'Where the action came from' })
  source: string;

  @ApiProperty({ description: 'Business time (may be given by an agent, e.g. the minute the phone rang)' })
  occurredAt: string;

  @ApiProperty({ description: "The store's clock when the event was recorded" })
  recordedAt: string;

  @ApiProperty({
    description: 'occurredAt lies before recordedAt by more than BACKDATED_TOLERANCE_SECONDS (default 300)',
  })
  backDated: boolean;

  @ApiProperty({ nullable: true, type: String })
  correlationId: string | null;

  @ApiProperty({ nullable: true, type: String })
  causationId: string | null;

  @ApiProperty({ nullable: true, type: String })
  commandId: string | null;

  @ApiProperty({
    type: SummaryDto,
    description: 'One line in Chinese and English; no free text, no personal data',
  })
  summary: SummaryDto;
}

export class TicketTimelineDto {
  @ApiProperty({ format: 'uuid' })
  ticketId: string;

  @ApiProperty({ type: [TimelineEntryDto], description: "Every event of the ticket's stream, in order" })
  items: TimelineEntryDto[];
}
