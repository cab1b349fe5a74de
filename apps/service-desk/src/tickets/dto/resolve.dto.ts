import { ApiProperty } from '@nestjs/swagger';
import { BusinessTimeDto } from './business-time.dto.js';
import { LongText, ShortText } from './text.validators.js';

export class ResolveDto extends BusinessTimeDto {
  @ApiProperty({ description: '分析原因: cause analysis' })
  @LongText()
  cause: string;

  @ApiProperty({ description: '采取措施: measures taken' })
  @LongText()
  measures: string;

  @ApiProperty({ description: 'The resolution as told to the customer' })
  @LongText()
  resolution: string;

  @ApiProperty({ description: 'Fault category', example: 'configuration' })
  @ShortText(100)
  category: string;
}
