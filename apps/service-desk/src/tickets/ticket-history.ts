import { Injectable } from '@nestjs/common';
import { ticketDecider, ticketStream, type TicketEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { CommandSeam } from '../command-handling/command-seam.js';
import { assertMayAct } from './act-on-ticket.command.js';

/**
 * A ticket's recorded events, read from its own stream (never from a read model), for a user who
 * may read it: 404 when there is no such ticket, 403 for another organisation's contact.
 */
@Injectable()
export class TicketHistory {
  constructor(private readonly seam: CommandSeam) {}

  async readableBy(user: AuthenticatedUser, ticketId: string): Promise<RecordedEvent<TicketEvent>[]> {
    const { state, events } = await this.seam.load(ticketStream(ticketId), ticketDecider);
    assertMayAct(state, user, ticketId);
    return events;
  }
}
