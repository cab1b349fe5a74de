import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

/** POST /api/kb/cases: the ticket, and the text where it should differ from the ticket's resolution. */
export class PublishCaseDto {
  @ApiProperty({ format: 'uuid', description: 'A resolved (or confirmed, or closed) ticket' })
  @IsUUID('all', { message: 'ticketId must be a UUID' })
  ticketId: string;

  @ApiPropertyOptional({ description: "Default: the ticket's fault description", maxLength: 4000 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  symptom?: string;

  @ApiPropertyOptional({ description: "Default: the resolution's cause (分析原因)", maxLength: 4000 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  cause?: string;

  @ApiPropertyOptional({
    description: "Default: the resolution's measures and resolution (采取措施)",
    maxLength: 4000,
  })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  fix?: string;

  @ApiPropertyOptional({ description: "Default: the resolution's category", maxLength: 200 })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  category?: string;
}
