import { ApiProperty } from '@nestjs/swagger';
import { TimelineEntryDto } from '../ticket-queries/timeline-entry.dto.js';

/** One event of the audit trail: the timeline entry, with its stream and whom it concerns. */
export class AuditEntryDto extends TimelineEntryDto {
  @ApiProperty({ example: 'ticket-5f0c…' })
  stream: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The customer organisation concerned, when known',
  })
  customerId: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The ticket concerned, when any' })
  ticketId: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] })
  items: AuditEntryDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as ?cursor= for the next page; null on the last',
  })
  nextCursor: string | null;
}
