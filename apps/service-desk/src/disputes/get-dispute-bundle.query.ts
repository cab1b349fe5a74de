import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  contractStream,
  fold,
  ticketDecider,
  ticketStream,
  type FaultReportedData,
  type TicketEvent,
} from '#domain';
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
 * Reads the ticket's whole stream and its contract's stream from the store (not from a read model:
 * the bundle must be the events as recorded) and packs them, unaltered, into a dispute bundle with
 * the SLA read now. Personal data stays in: the hashes cover it, so removing it would make the
 * bundle unverifiable; that is why only the roles entitled to the full history, and the customer
 * contact of the ticket's own organisation, may ask.
 */
@QueryHandler(GetDisputeBundleQuery)
export class GetDisputeBundleHandler implements IQueryHandler<GetDisputeBundleQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ ticketId, user }: GetDisputeBundleQuery): Promise<DisputeBundle> {
    const stream = ticketStream(ticketId);
    const events = await this.read(stream);
    if (events.length === 0) throw new StreamNotFoundError(stream);
    assertMayAct(fold(ticketDecider, events as unknown as TicketEvent[]), user, ticketId);
    const reported = events[0].data as unknown as FaultReportedData;
    const contractEvents = await this.read(contractStream(reported.contractId));
    return buildDisputeBundle(events, contractEvents, {
      generatedAt: this.clock.now().toISOString(),
      generatedBy: { id: user.id, username: user.username, role: user.role },
    });
  }

  private async read(stream: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of this.store.readStream(stream)) events.push(event);
    return events;
  }
}
