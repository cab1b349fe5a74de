import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText } from './text.validators.js';

export class AssignmentDto extends BusinessTimeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  engineerId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @LongText()
  note?: string;
}
