import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { contractDecider, contractStream } from '#domain';
import { buildDisputeBundle, type DisputeBundle } from '#dispute-bundle';
import { Clock } from '../clock/clock.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { TicketHistory } from '../tickets/ticket-history.js';
import { UserQuery } from '../command-handling/user-query.js';

export class GetDisputeBundleQuery extends UserQuery<
  {
    ticketId: string;
    /** Cut the history to the events recorded by this instant and read the SLA at it. */
    asOf?: string;
  },
  DisputeBundle
> {}

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
    private readonly history: TicketHistory,
    private readonly seam: CommandSeam,
    private readonly clock: Clock,
  ) {}

  async execute({ params: { ticketId, asOf }, user }: GetDisputeBundleQuery): Promise<DisputeBundle> {
    const events = await this.history.readableBy(user, ticketId, asOf);
    const [reported] = events;
    if (reported.type !== 'FaultReported')
      throw new Error(`ticket ${ticketId} does not start with FaultReported`);
    const contract = await this.seam.load(contractStream(reported.data.contractId), contractDecider);
    return buildDisputeBundle(events, contract.events, {
      generatedAt: this.clock.now().toISOString(),
      generatedBy: { id: user.id, username: user.username, role: user.role },
      ...(asOf !== undefined && { slaAt: new Date(asOf).toISOString() }),
    });
  }
}
