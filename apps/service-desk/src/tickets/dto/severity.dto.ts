import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText } from './text.validators.js';

export class SeverityDto extends BusinessTimeDto {
  @ApiProperty({ minimum: 1, maximum: 4 })
  @IsInt()
  @Min(1)
  @Max(4)
  severity: 1 | 2 | 3 | 4;

  @ApiProperty()
  @LongText()
  reason: string;
}
