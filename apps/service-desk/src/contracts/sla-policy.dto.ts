import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsNumber, IsObject, Matches, Max, Min, ValidateNested, NotEquals } from 'class-validator';
import { IsPositiveDuration, IsSlaCalendar } from './contract-validators.js';
import { Omittable } from '../validation/omittable.decorator.js';

export class SlaTargetsDto {
  @ApiPropertyOptional({ description: 'From the report until Responded', example: 'PT30M' })
  @Omittable()
  @IsPositiveDuration()
  response?: string;

  @ApiPropertyOptional({ description: 'From DispatchedOnSite until ArrivedOnSite', example: 'PT1H' })
  @Omittable()
  @IsPositiveDuration()
  onSite?: string;

  @ApiPropertyOptional({ description: 'From the report until Resolved', example: 'PT12H' })
  @Omittable()
  @IsPositiveDuration()
  resolution?: string;
}

/** Targets per severity 1..4; a severity or timer left out keeps the default of DOMAIN.md. */
export class SlaTargetsBySeverityDto {
  @ApiPropertyOptional({ type: SlaTargetsDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SlaTargetsDto)
  '1'?: SlaTargetsDto;

  @ApiPropertyOptional({ type: SlaTargetsDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SlaTargetsDto)
  '2'?: SlaTargetsDto;

  @ApiPropertyOptional({ type: SlaTargetsDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SlaTargetsDto)
  '3'?: SlaTargetsDto;

  @ApiPropertyOptional({ type: SlaTargetsDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SlaTargetsDto)
  '4'?: SlaTargetsDto;
}

export class SlaPolicyDto {
  @ApiPropertyOptional({
    description:
      "'24x7' (wall-clock, holidays included; the default) or business hours " +
      "{ name?, hours: { mon: { open: '08:30', close: '17:30' }, ... }, holidays: ['2026-10-01', ...] }",
    oneOf: [
      { type: 'string', enum: ['24x7'] },
      {
        type: 'object',
        properties: {
          name: { type: 'string' },
          hours: { type: 'object', additionalProperties: { type: 'object' } },
          holidays: { type: 'array', items: { type: 'string', format: 'date' } },
        },
        required: ['hours'],
      },
    ],
  })
  @Omittable()
  @IsSlaCalendar()
  calendar?: unknown;

  @ApiPropertyOptional({
    description: 'Share of a target after which a running timer is at risk (0..1, exclusive); default 0.8',
    example: 0.8,
  })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @NotEquals(0, { message: 'atRiskShare must be more than 0' })
  @Max(1)
  @NotEquals(1, { message: 'atRiskShare must be less than 1' })
  atRiskShare?: number;

  @ApiPropertyOptional({ type: SlaTargetsBySeverityDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SlaTargetsBySeverityDto)
  targets?: SlaTargetsBySeverityDto;

  @ApiPropertyOptional({
    description: 'How long the customer has to confirm a fix; default PT24H',
    example: 'PT24H',
  })
  @Omittable()
  @IsPositiveDuration()
  confirmationWindow?: string;

  @ApiPropertyOptional({
    description:
      'How long a level-1 escalation may stay without an action by a manager or headquarters before ' +
      'the SLA watchman escalates it to level 2; default PT2H',
    example: 'PT2H',
  })
  @Omittable()
  @IsPositiveDuration()
  escalationAnswerWindow?: string;

  @ApiPropertyOptional({ description: 'When this version takes effect (ISO 8601 with offset); default now' })
  @Omittable()
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'effectiveFrom must carry its offset (Z or ±hh:mm)' })
  @IsISO8601({ strict: true })
  effectiveFrom?: string;
}
