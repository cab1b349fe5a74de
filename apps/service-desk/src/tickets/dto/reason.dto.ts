import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { BusinessTimeDto } from './business-time.dto.js';
import { LongText } from './text.validators.js';
import { Omittable } from '../../validation/omittable.decorator.js';

/** Reopen: a reason is required. */
export class ReasonDto extends BusinessTimeDto {
  @ApiProperty()
  @LongText()
  reason: string;
}

/** Close: a reason is required when a manager closes without the customer's confirmation. */
export class CloseDto extends BusinessTimeDto {
  @ApiPropertyOptional({ description: "Required when a manager closes without the customer's confirmation" })
  @Omittable()
  @LongText()
  reason?: string;
}
