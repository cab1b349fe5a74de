import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '../tickets/dto/is-instant.validator.js';

export class AsOfDto {
  @ApiProperty({
    description:
      'The instant to look back to (ISO 8601 with offset): only events recorded by then count, ' +
      'and the SLA timers are read at it',
    example: '2026-11-20T22:15:00+08:00',
  })
  @IsInstant()
  at: string;
}
