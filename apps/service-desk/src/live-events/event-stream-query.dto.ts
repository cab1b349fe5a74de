import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

/** Query of GET /api/events/stream. */
export class EventStreamQueryDto {
  @ApiPropertyOptional({
    description:
      'The bearer token, for clients that cannot set headers (the browser EventSource). ' +
      'Prefer the Authorization header where possible: a URL may end up in logs.',
  })
  @Omittable()
  @IsString()
  @MaxLength(4000)
  access_token?: string;
}
