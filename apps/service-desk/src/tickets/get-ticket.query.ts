import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore, RecordedEvent } from '#event-store';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import { StreamNotFoundError } from '../command-handling/command-errors.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { assertMayAct } from './act-on-ticket.command.js';
import { redactFor, ticketView, type TicketView } from './ticket-view.js';
import { fold, ticketDecider, ticketStream, type TicketEvent } from '#domain';

export class GetTicketQuery extends Query<TicketView> {
  constructor(
    readonly ticketId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** Reads the ticket from its own stream, so it is never behind the caller's last write. */
@QueryHandler(GetTicketQuery)
export class GetTicketHandler implements IQueryHandler<GetTicketQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ ticketId, user }: GetTicketQuery): Promise<TicketView> {
    const stream = ticketStream(ticketId);
    const events: RecordedEvent[] = [];
    for await (const event of this.store.readStream(stream)) events.push(event);
    if (events.length === 0) throw new StreamNotFoundError(stream);
    assertMayAct(fold(ticketDecider, events as unknown as TicketEvent[]), user, ticketId);
    return redactFor(ticketView(events, this.clock.now().toISOString()), user);
  }
}
