import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ESCALATION_LEVELS, ESCALATION_REASONS, type EscalationLevel, type EscalationReason } from '#domain';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText, ShortText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

export class EscalateDto extends BusinessTimeDto {
  @ApiProperty({ enum: ESCALATION_LEVELS, description: '1 service manager, 2 headquarters' })
  @IsIn(ESCALATION_LEVELS)
  level: EscalationLevel;

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
