import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { Omittable } from '../../validation/omittable.decorator.js';

export class ArriveDto extends BusinessTimeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the caller' })
  @Omittable()
  @IsUUID()
  engineerId?: string;
}
