import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock } from '../clock/clock.js';
import { TicketHistory } from './ticket-history.js';
import { redactFor, ticketView, type TicketView } from './ticket-view.js';
import { UserQuery } from '../command-handling/user-query.js';

export class GetTicketQuery extends UserQuery<{ ticketId: string }, TicketView> {}

/** Reads the ticket from its own stream, so it is never behind the caller's last write. */
@QueryHandler(GetTicketQuery)
export class GetTicketHandler implements IQueryHandler<GetTicketQuery> {
  constructor(
    private readonly history: TicketHistory,
    private readonly clock: Clock,
  ) {}

  async execute({ params: { ticketId }, user }: GetTicketQuery): Promise<TicketView> {
    const events = await this.history.readableBy(user, ticketId);
    return redactFor(ticketView(events, this.clock.now().toISOString()), user);
  }
}
