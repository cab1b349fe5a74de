import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Omittable } from '../validation/omittable.decorator.js';

/** Query of GET /api/events/stream. */
export class EventStreamQueryDto {
  @ApiPropertyOptional({
    description:
      'A single-use stream ticket from POST /api/events/ticket (valid 60 s), for clients that cannot ' +
      'set headers (the browser EventSource). Never put the bearer token itself in a URL.',
  })
  @Omittable()
  @IsString()
  @MaxLength(4000)
  ticket?: string;

  @ApiPropertyOptional({
    description:
      'Resume after this position, as the Last-Event-ID header does (the header wins when both are given)',
    example: '42',
  })
  @Omittable()
  @IsString()
  @MaxLength(40)
  lastEventId?: string;
}
