import { LongText } from '../tickets/dto/text.validators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

const TEXT = 4000;
const VISIBLE = /\S/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The five findings of the monthly inspection report (DOMAIN.md). */
export class InspectionFindingsDto {
  @ApiProperty({
    description: 'Software running status',
    example: 'All services up (fictional)',
    maxLength: TEXT,
  })
  @IsString()
  @Matches(VISIBLE, { message: 'runningStatus must not be blank' })
  @MaxLength(TEXT)
  runningStatus: string;

  @ApiProperty({ description: 'Runtime environment', example: 'DB server disk 71% full', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'environment must not be blank' })
  @MaxLength(TEXT)
  environment: string;

  @ApiProperty({ description: 'Software versions', example: 'HIS 5.1.3', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'versions must not be blank' })
  @MaxLength(TEXT)
  versions: string;

  @ApiProperty({ description: 'Hidden risks', example: 'Backup job not monitored', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'hiddenRisks must not be blank' })
  @MaxLength(TEXT)
  hiddenRisks: string;

  @ApiProperty({ description: 'Recommendations', example: 'Add a disk alarm', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'recommendations must not be blank' })
  @MaxLength(TEXT)
  recommendations: string;
}

export class InspectionOverrideDto {
  @ApiProperty({ description: 'Why someone other than the fixed expert inspects', maxLength: TEXT })
  @IsString()
  @Matches(VISIBLE, { message: 'reason must not be blank' })
  @MaxLength(TEXT)
  reason: string;
}

export class RecordInspectionDto {
  @ApiPropertyOptional({
    description: "Month 'YYYY-MM' in the contract's zone; default the month of inspectedAt",
    example: '2026-11',
  })
  @Omittable()
  @Matches(MONTH, { message: 'period must be a month YYYY-MM' })
  period?: string;

  @ApiPropertyOptional({
    description:
      'Staff id of who inspected; default the caller. Anyone but the fixed expert needs a manager override',
  })
  @Omittable()
  @IsString()
  @MaxLength(200)
  inspectorId?: string;

  @ApiProperty({ type: InspectionFindingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => InspectionFindingsDto)
  findings: InspectionFindingsDto;

  @ApiPropertyOptional({
    type: InspectionOverrideDto,
    description: 'A manager only: lets someone other than the fixed expert inspect',
  })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => InspectionOverrideDto)
  override?: InspectionOverrideDto;

  @ApiPropertyOptional({
    description: 'When the inspection took place, ISO 8601 with offset; default now, never in the future',
    example: '2026-11-20T10:00:00+08:00',
  })
  @Omittable()
  @IsISO8601({ strict: true }, { message: 'inspectedAt must be an ISO 8601 instant' })
  inspectedAt?: string;

  @ApiPropertyOptional({
    description:
      'Why inspectedAt lies in the past: required once it lies further back than BACKDATED_TOLERANCE_SECONDS (default 300)',
  })
  @Omittable()
  @LongText(2000)
  inspectedAtReason?: string;
}
