import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, ValidateIf } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText } from './text.validators.js';

/** The customer's answer to a fix (客户回访): confirmed, or rejected with a reason (reopens the ticket). */
export class ConfirmationDto extends BusinessTimeDto {
  @ApiProperty()
  @IsBoolean()
  confirmed: boolean;

  @ApiPropertyOptional({ description: 'Required when the fix is rejected: why' })
  @ValidateIf((dto: ConfirmationDto) => dto.confirmed === false || dto.note !== undefined)
  @LongText()
  note?: string;
}
