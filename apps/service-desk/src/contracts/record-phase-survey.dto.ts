import { LongText } from '../tickets/dto/text.validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IMPLEMENTATION_PHASES } from '#domain';
import { SatisfactionScoresDto } from '../tickets/dto/survey.dto.js';
import { Omittable } from '../validation/omittable.decorator.js';
import { ProductDto } from './register-contract.dto.js';

const VISIBLE = /\S/;

/** 客户满意度调查表 at the end of an implementation phase (DOMAIN.md). */
export class RecordPhaseSurveyDto {
  @ApiProperty({
    description: 'The survey’s own id (e.g. the paper form’s number); a repeated id is refused (409)',
    example: 'PS-2026-0001',
    maxLength: 200,
  })
  @IsString()
  @Matches(VISIBLE, { message: 'surveyId must not be blank' })
  @MaxLength(200)
  surveyId: string;

  @ApiProperty({ enum: IMPLEMENTATION_PHASES, description: '实施阶段: the phase surveyed' })
  @IsIn(IMPLEMENTATION_PHASES)
  phase: string;

  @ApiProperty({ description: "The customer's contact who answered", example: 'Li Hua (fictional)' })
  @IsString()
  @Matches(VISIBLE, { message: 'respondent must not be blank' })
  @MaxLength(200)
  respondent: string;

  @ApiProperty({
    type: SatisfactionScoresDto,
    description: 'Items 0..5 (0 not applicable); overall required',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SatisfactionScoresDto)
  scores: SatisfactionScoresDto;

  @ApiPropertyOptional({ description: '实施小组: the team that carried out the phase', maxLength: 200 })
  @Omittable()
  @IsString()
  @Matches(VISIBLE, { message: 'implementingTeam must not be blank' })
  @MaxLength(200)
  implementingTeam?: string;

  @ApiPropertyOptional({ description: 'Free comments', maxLength: 4000 })
  @Omittable()
  @IsString()
  @MaxLength(4000)
  comments?: string;

  @ApiPropertyOptional({
    description: 'When the customer answered, ISO 8601 with offset; default now, never in the future',
    example: '2026-03-20T15:00:00+08:00',
  })
  @Omittable()
  @IsISO8601({ strict: true }, { message: 'surveyedAt must be an ISO 8601 instant' })
  surveyedAt?: string;

  @ApiPropertyOptional({
    description:
      'Why surveyedAt lies in the past: required once it lies further back than BACKDATED_TOLERANCE_SECONDS (default 300)',
  })
  @Omittable()
  @LongText(2000)
  surveyedAtReason?: string;

  @ApiPropertyOptional({ type: ProductDto, description: "The product surveyed; default the contract's" })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ProductDto)
  product?: ProductDto;
}
