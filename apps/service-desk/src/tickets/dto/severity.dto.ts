import { ApiProperty } from '@nestjs/swagger';
import type { Severity } from '#domain';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText } from './text.validators.js';
import { IsSeverity, SEVERITY_RANGE } from '../../validation/is-severity.decorator.js';

export class SeverityDto extends BusinessTimeDto {
  @ApiProperty(SEVERITY_RANGE)
  @IsSeverity()
  severity: Severity;

  @ApiProperty()
  @LongText()
  reason: string;
}
