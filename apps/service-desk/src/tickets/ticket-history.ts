import { Injectable } from '@nestjs/common';
import { ticketDecider, ticketStream, type TicketEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { assertMayAct } from './act-on-ticket.command.js';

/**
 * A ticket's recorded events, read from its own stream (never from a read model), for a user who
 * may read it: 404 when there is no such ticket, 403 for another organisation's contact. With
 * `asOf`, only the events the ledger held then (404 when the ticket was not recorded yet).
 */
@Injectable()
export class TicketHistory {
  constructor(private readonly seam: CommandSeam) {}

  async readableBy(
    user: AuthenticatedUser,
    ticketId: string,
    asOf?: string,
  ): Promise<RecordedEvent<TicketEvent>[]> {
    const { state, events } = await this.seam.load(ticketStream(ticketId), ticketDecider);
    assertMayAct(state, user, ticketId);
    if (asOf === undefined) return events;
    const known = recordedBy(events, asOf);
    if (known.length === 0) {
      throw new ProblemException({
        type: ProblemType.notFound,
        title: 'Not Found',
        status: 404,
        detail: `Ticket ${ticketId} had not been recorded yet at ${asOf}`,
      });
    }
    return known;
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
