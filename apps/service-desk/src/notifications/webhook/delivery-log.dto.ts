import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Omittable } from '../../validation/omittable.decorator.js';
import { PageCursor, PageLimit } from '../../validation/page.decorators.js';

/** Filters and page of GET /api/notifications/deliveries. */
export class ListDeliveriesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the attempts for this notification' })
  @Omittable()
  @IsUUID()
  notification?: string;

  @PageLimit()
  limit?: number;

  @PageCursor('The nextCursor of the previous page (same filters)', 200)
  cursor?: string;
}

/** One delivery attempt of one notification to one endpoint. */
export class DeliveryAttemptDto {
  @ApiProperty({ description: 'Order of the log' })
  id: number;

  @ApiProperty({ example: 'webhook' })
  channel: string;

  @ApiProperty({
    description: 'Where it was sent (origin and path of WEBHOOK_URL; no query, no credentials)',
  })
  endpoint: string;

  @ApiProperty({ format: 'uuid' })
  notificationId: string;

  @ApiProperty({ minimum: 1, maximum: 6 })
  attempt: number;

  @ApiProperty({ description: 'When the attempt started' })
  attemptedAt: string;

  @ApiProperty({ nullable: true, description: 'HTTP status answered, if any' })
  statusCode: number | null;

  @ApiProperty({ nullable: true, description: 'Why it failed without an answer (e.g. ECONNREFUSED)' })
  error: string | null;

  @ApiProperty()
  durationMs: number;

  @ApiProperty({
    enum: ['delivered', 'retry', 'failed'],
    description: 'retry: another attempt follows at nextAttemptAt; failed: refused or given up',
  })
  outcome: string;

  @ApiProperty({ nullable: true })
  nextAttemptAt: string | null;
}

export class DeliveryLogDto {
  @ApiProperty({ type: [DeliveryAttemptDto], description: 'Newest first' })
  items: DeliveryAttemptDto[];

  @ApiProperty({ nullable: true })
  nextCursor: string | null;
}
