import { Module } from '@nestjs/common';

/** GET /api/tickets (filters, sorting, cursor paging), a ticket timeline and the ticket as of any instant. */
@Module({})
export class TicketQueriesModule {}
