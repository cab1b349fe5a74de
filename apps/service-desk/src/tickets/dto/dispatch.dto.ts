import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { IsInstant } from './is-instant.validator.js';
import { LongText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

export class DispatchDto extends BusinessTimeDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Engineers sent on site' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  engineers: string[];

  @ApiProperty({ description: 'Why remote help was not enough' })
  @LongText()
  reason: string;

  @ApiPropertyOptional({ description: 'Expected arrival (ISO 8601 with offset)' })
  @Omittable()
  @IsInstant()
  expectedArrival?: string;
}
