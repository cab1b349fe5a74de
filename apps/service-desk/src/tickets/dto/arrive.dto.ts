import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';

export class ArriveDto extends BusinessTimeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the caller' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;
}
