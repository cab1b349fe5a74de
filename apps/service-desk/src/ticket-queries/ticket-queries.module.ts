import { TicketHistory } from '../tickets/ticket-history.js';
import { Module } from '@nestjs/common';
import { ListTicketsHandler } from './list-tickets.query.js';
import { TicketAsOfHandler } from './ticket-as-of.query.js';
import { TicketQueriesController } from './ticket-queries.controller.js';
import { TicketTimelineHandler } from './ticket-timeline.query.js';

/** GET /api/tickets (filters, sorting, cursor paging), a ticket timeline and the ticket as of any instant. */
@Module({
  controllers: [TicketQueriesController],
  providers: [ListTicketsHandler, TicketTimelineHandler, TicketAsOfHandler, TicketHistory],
})
export class TicketQueriesModule {}
