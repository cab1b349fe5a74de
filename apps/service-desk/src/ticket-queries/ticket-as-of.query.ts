import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TicketHistory } from '../tickets/ticket-history.js';
import { redactFor, ticketView, type TicketView } from '../tickets/ticket-view.js';
import { UserQuery } from '../command-handling/user-query.js';

export class TicketAsOfQuery extends UserQuery<{ ticketId: string; at: string }, TicketView> {}

/**
 * The ticket as it stood at `at`: its stream read from the store, cut to the events recorded by
 * then (an event recorded later, even back-dated to before `at`, was not known yet), folded by the
 * ticket decider, with the SLA clock read at `at`, and shown as GET /api/tickets/:id shows it.
 */
@QueryHandler(TicketAsOfQuery)
export class TicketAsOfHandler implements IQueryHandler<TicketAsOfQuery> {
  constructor(private readonly history: TicketHistory) {}

  async execute({ params: { ticketId, at }, user }: TicketAsOfQuery): Promise<TicketView> {
    return redactFor(ticketView(await this.history.readableBy(user, ticketId, at), at), user);
  }
}
