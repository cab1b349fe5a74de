import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText, ShortText } from './text.validators.js';

/** A chasing record (督办记录). */
export class SupervisionNoteDto extends BusinessTimeDto {
  @ApiProperty({ example: '2026-11-20 第1次督办' })
  @ShortText()
  period: string;

  @ApiProperty()
  @LongText()
  progress: string;

  @ApiProperty({ minimum: 0, maximum: 100, description: 'How far solved, in percent' })
  @IsInt()
  @Min(0)
  @Max(100)
  solvedPercent: number;
}
