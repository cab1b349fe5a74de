import { ApiProperty } from '@nestjs/swagger';

/** What every write on a ticket answers: where the ticket stands now, and how far the log got. */
export class TicketWriteResult {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: "Revision of the ticket's stream after the write (use it in If-Match)" })
  revision: number;

  @ApiProperty({ description: 'Global position reached; pass it as ?after= to read your own write' })
  position: string;
}

export class ReportFaultResult extends TicketWriteResult {
  @ApiProperty({ example: 'SV-202611-0042' })
  serviceNo: string;
}
