import { ApiProperty } from '@nestjs/swagger';
import { TICKET_FORM_NAMES } from './forms/ticket-forms.js';

export class TicketFormEntryDto {
  @ApiProperty({ enum: TICKET_FORM_NAMES }) form: string;
  @ApiProperty({ example: '售后服务记录' }) title: string;
  @ApiProperty({ example: 'After-sales service record' }) titleEn: string;
  @ApiProperty({ description: 'Whether the form applies to this ticket now' }) applies: boolean;
  @ApiProperty({ description: 'When the form applies' }) when: string;
  @ApiProperty({ example: '/api/archive/tickets/0b1c…/forms/service-record' }) href: string;
}

/** The forms of DOMAIN.md for one ticket and which of them apply. */
export class TicketFormsListDto {
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty() serviceNo: string;
  @ApiProperty({ type: [TicketFormEntryDto] }) forms: TicketFormEntryDto[];
}
