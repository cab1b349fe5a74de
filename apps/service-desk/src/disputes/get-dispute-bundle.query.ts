import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { fold, ticketDecider, ticketStream, type TicketEvent } from '#domain';
import type { EventStore, RecordedEvent } from '#event-store';
import { buildDisputeBundle, type DisputeBundle } from '#dispute-bundle';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import { StreamNotFoundError } from '../command-handling/command-errors.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { assertMayAct } from '../tickets/act-on-ticket.command.js';

export class GetDisputeBundleQuery extends Query<DisputeBundle> {
  constructor(
    readonly ticketId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/**
 * Reads the ticket's whole stream from the store and packs it, unaltered, into a dispute bundle
 * with the SLA read now. Personal data stays in: the hashes cover it, so removing it would make
 * the bundle unverifiable; that is why only roles entitled to the full history may ask.
 */
@QueryHandler(GetDisputeBundleQuery)
export class GetDisputeBundleHandler implements IQueryHandler<GetDisputeBundleQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ ticketId, user }: GetDisputeBundleQuery): Promise<DisputeBundle> {
    const stream = ticketStream(ticketId);
    const events: RecordedEvent[] = [];
    for await (const event of this.store.readStream(stream)) events.push(event);
    if (events.length === 0) throw new StreamNotFoundError(stream);
    assertMayAct(fold(ticketDecider, events as unknown as TicketEvent[]), user, ticketId);
    return buildDisputeBundle(events, {
      generatedAt: this.clock.now().toISOString(),
      generatedBy: { id: user.id, username: user.username, role: user.role },
    });
  }
}
