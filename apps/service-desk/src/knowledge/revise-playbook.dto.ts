import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

/** PUT /api/kb/playbooks/:id: the fields to change (others stay) and why. */
export class RevisePlaybookDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'How to prevent the emergency', maxLength: 8000 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  prevention?: string;

  @ApiPropertyOptional({ description: 'How to respond when it happens', maxLength: 8000 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  response?: string;

  @ApiProperty({ description: 'Why the text changes (kept in the history)', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason: string;
}
