import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { contractDecider, contractStream, type TicketEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import { buildDisputeBundle, type DisputeBundle } from '#dispute-bundle';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { TicketHistory } from '../tickets/ticket-history.js';

export class GetDisputeBundleQuery extends Query<DisputeBundle> {
  constructor(
    readonly ticketId: string,
    readonly user: AuthenticatedUser,
    /** Cut the history to the events recorded by this instant and read the SLA at it. */
    readonly asOf?: string,
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
    private readonly history: TicketHistory,
    private readonly seam: CommandSeam,
    private readonly clock: Clock,
  ) {}

  async execute({ ticketId, user, asOf }: GetDisputeBundleQuery): Promise<DisputeBundle> {
    const all = await this.history.readableBy(user, ticketId);
    const events = asOf === undefined ? all : recordedBy(all, asOf);
    if (events.length === 0) {
      throw new ProblemException({
        type: ProblemType.notFound,
        title: 'Not Found',
        status: 404,
        detail: `Ticket ${ticketId} had not been recorded yet at ${asOf}`,
      });
    }
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

/**
 * The events the ledger held at `asOf`: those recorded by then. The store appends in recording
 * order, so this is a prefix of the stream, whose last hash was the head at that instant.
 */
function recordedBy(
  events: readonly RecordedEvent<TicketEvent>[],
  asOf: string,
): RecordedEvent<TicketEvent>[] {
  const asOfMs = Date.parse(asOf);
  const end = events.findIndex((event) => Date.parse(event.metadata.recordedAt) > asOfMs);
  return end < 0 ? [...events] : events.slice(0, end);
}
