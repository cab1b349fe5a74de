import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ESCALATION_REASONS, type EscalationReason } from '#domain';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText, ShortText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

export class EscalateDto extends BusinessTimeDto {
  @ApiProperty({ enum: [1, 2], description: '1 service manager, 2 headquarters' })
  @IsIn([1, 2])
  level: 1 | 2;

  @ApiProperty({ enum: ESCALATION_REASONS })
  @IsIn(ESCALATION_REASONS)
  reason: EscalationReason;

  @ApiPropertyOptional({ description: "To whom; defaults to the level's role" })
  @Omittable()
  @ShortText()
  to?: string;

  @ApiPropertyOptional()
  @Omittable()
  @LongText()
  note?: string;
}
