import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ForbiddenError, NotFoundError, ticketStream } from '#domain';
import type { TimelineDb } from '#projections';
import { AppConfig } from '#service-config';
import { ReadModels } from '../projections/projection-host.provider.js';
import { backdatedToleranceMs } from './backdated.js';
import { timelineEntry } from './timeline-entry.js';
import type { TicketTimelineDto } from './timeline-entry.dto.js';
import { UserQuery } from '../command-handling/user-query.js';

export class TicketTimelineQuery extends UserQuery<{ ticketId: string }, TicketTimelineDto> {}

/** Every event of one ticket's stream from the timeline read model, in stream order. */
@QueryHandler(TicketTimelineQuery)
export class TicketTimelineHandler implements IQueryHandler<TicketTimelineQuery> {
  private readonly toleranceMs: number;

  constructor(
    private readonly readModels: ReadModels,
    config: AppConfig,
  ) {
    this.toleranceMs = backdatedToleranceMs(config);
  }

  async execute({ params: { ticketId }, user }: TicketTimelineQuery): Promise<TicketTimelineDto> {
    const rows = await this.readModels.host
      .db<TimelineDb>('timeline')
      .selectFrom('timeline_events')
      .selectAll()
      .where('stream', '=', ticketStream(ticketId))
      .orderBy('revision', 'asc')
      .execute();
    if (rows.length === 0) throw new NotFoundError('ticket', ticketId);
    if (user.role === 'customer' && rows[0].customer_id !== user.customerId) {
      throw new ForbiddenError(
        user.role,
        'read',
        "A customer contact may read only its own organisation's tickets",
      );
    }
    return { ticketId, items: rows.map((row) => timelineEntry(row, this.toleranceMs)) };
  }
}
