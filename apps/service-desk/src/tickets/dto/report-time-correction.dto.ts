import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from './is-instant.validator.js';
import { LongText } from './text.validators.js';

/** Corrects a report time entered wrongly; both times stay visible in the history. */
export class ReportTimeCorrectionDto {
  @ApiProperty({ description: 'The right report time (ISO 8601 with offset)' })
  @IsInstant()
  reportedAt: string;

  @ApiProperty()
  @LongText()
  reason: string;
}
