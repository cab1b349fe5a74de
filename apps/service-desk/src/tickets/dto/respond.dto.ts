import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { RESPONSE_MODES, type ResponseMode } from '#domain';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

export class RespondDto extends BusinessTimeDto {
  @ApiProperty({ enum: RESPONSE_MODES, description: 'guided 指导性 / remote 远程 / onsite 现场' })
  @IsIn(RESPONSE_MODES)
  mode: ResponseMode;

  @ApiPropertyOptional()
  @Omittable()
  @LongText()
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the caller' })
  @Omittable()
  @IsUUID()
  engineerId?: string;
}
