import { ApiProperty } from '@nestjs/swagger';

export class StreamTicketDto {
  @ApiProperty({ description: 'Give as GET /api/events/stream?ticket=…; once, within 60 s' })
  ticket: string;

  @ApiProperty({ description: 'When the ticket expires (ISO 8601)', format: 'date-time' })
  expiresAt: string;
}
