import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

export class AssignmentDto extends BusinessTimeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  engineerId: string;

  @ApiPropertyOptional()
  @Omittable()
  @LongText()
  note?: string;
}
