import { LongText } from '../tickets/dto/text.validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

const TEXT = 4000;
const VISIBLE = /\S/;

/** The customer's answers at the quarterly revisit (DOMAIN.md). */
export class RevisitAnswersDto {
  @ApiProperty({ description: "The customer's view of the service system", maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'serviceSystemView must not be blank' })
  @MaxLength(TEXT)
  serviceSystemView: string;

  @ApiProperty({ description: "The customer's view of training", maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'trainingView must not be blank' })
  @MaxLength(TEXT)
  trainingView: string;

  @ApiProperty({ description: "The customer's view of how the system runs", maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'systemRunningView must not be blank' })
  @MaxLength(TEXT)
  systemRunningView: string;

  @ApiProperty({ description: 'Environment check', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'environmentCheck must not be blank' })
  @MaxLength(TEXT)
  environmentCheck: string;

  @ApiProperty({ description: 'Version analysis', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'versionAnalysis must not be blank' })
  @MaxLength(TEXT)
  versionAnalysis: string;

  @ApiProperty({ description: 'Hidden risks', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'hiddenRisks must not be blank' })
  @MaxLength(TEXT)
  hiddenRisks: string;
}

export class RecordRevisitDto {
  @ApiPropertyOptional({
    description: "Quarter 'YYYY-Qn' in the contract's zone; default the quarter of revisitedAt",
    example: '2026-Q4',
  })
  @Omittable()
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'period must be a quarter YYYY-Qn (n = 1..4)' })
  period?: string;

  @ApiProperty({ type: RevisitAnswersDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RevisitAnswersDto)
  answers: RevisitAnswersDto;

  @ApiProperty({
    description: "The customer's contact who answered",
    example: 'Li Hua (fictional)',
    maxLength: 200,
  })
  @IsString()
  @Matches(VISIBLE, { message: 'contactName must not be blank' })
  @MaxLength(200)
  contactName: string;

  @ApiPropertyOptional({
    description: 'When the revisit took place, ISO 8601 with offset; default now, never in the future',
    example: '2026-11-20T15:00:00+08:00',
  })
  @Omittable()
  @IsISO8601({ strict: true }, { message: 'revisitedAt must be an ISO 8601 instant' })
  revisitedAt?: string;

  @ApiPropertyOptional({
    description:
      'Why revisitedAt lies in the past: required once it lies further back than BACKDATED_TOLERANCE_SECONDS (default 300)',
  })
  @Omittable()
  @LongText(2000)
  revisitedAtReason?: string;
}
