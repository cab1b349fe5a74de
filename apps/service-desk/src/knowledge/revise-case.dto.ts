import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

/** PUT /api/kb/cases/:id: the fields to change (others stay) and why. */
export class ReviseCaseDto {
  @ApiPropertyOptional({ maxLength: 4000 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  symptom?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  cause?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  fix?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  category?: string;

  @ApiProperty({ description: 'Why the text changes (kept in the history)', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason: string;
}
