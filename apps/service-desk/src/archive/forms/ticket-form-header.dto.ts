import { ApiProperty } from '@nestjs/swagger';

/** What every form of a ticket carries besides its own fields. */
export class TicketFormHeaderDto {
  @ApiProperty({ example: 'service-record', description: 'Which form this is' })
  form: string;

  @ApiProperty({ example: '售后服务记录', description: "The form's title as printed" })
  title: string;

  @ApiProperty({ example: 'After-sales service record' })
  titleEn: string;

  @ApiProperty({ format: 'uuid' })
  ticketId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      "Each field's Chinese heading as printed on the form, by field path (nested fields as " +
      '`customer.phone`, list columns as `history.time`)',
    example: { serviceNo: '售后服务号', 'history.time': '时间' },
  })
  labels: Record<string, string>;
}
