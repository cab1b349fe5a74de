import { ApiProperty } from '@nestjs/swagger';
import { WriteResultDto } from '../staff/write-result.dto.js';

export class SlaPolicyResultDto extends WriteResultDto {
  @ApiProperty({ description: 'The version number the new policy got' })
  version: number;
}
