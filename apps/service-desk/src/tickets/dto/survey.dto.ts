import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText, ShortText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

const Score = () => (target: object, key: string) => {
  ApiPropertyOptional({
    minimum: 0,
    maximum: 5,
    description: '5 very satisfied … 1 very dissatisfied, 0 n/a',
  })(target, key);
  Omittable()(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(5)(target, key);
};

/** 客户满意度调查表: each item 5 (very satisfied) … 1 (very dissatisfied), 0 not applicable. */
export class SatisfactionScoresDto {
  @Score() productFunction?: number;
  @Score() packagingAndManuals?: number;
  @Score() systemQuality?: number;
  @Score() onTimeDelivery?: number;
  @Score() installationOnTime?: number;
  @Score() installationQuality?: number;
  @Score() engineerTechnicalAbility?: number;
  @Score() engineerProfessionalism?: number;
  @Score() engineerAttitude?: number;
  @Score() trainingEffect?: number;
  @Score() userManualUsefulness?: number;
  @Score() numberOfContacts?: number;
  @Score() responseTime?: number;
  @Score() maintenanceQuality?: number;

  @ApiProperty({ minimum: 0, maximum: 5 })
  @IsInt()
  @Min(0)
  @Max(5)
  overall: number;
}

export class SurveyDto extends BusinessTimeDto {
  @ApiProperty({ type: SatisfactionScoresDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SatisfactionScoresDto)
  scores: SatisfactionScoresDto;

  @ApiPropertyOptional({ description: 'Free comments' })
  @Omittable()
  @LongText()
  comments?: string;

  @ApiPropertyOptional({ description: 'Who answered' })
  @Omittable()
  @ShortText()
  respondent?: string;
}
