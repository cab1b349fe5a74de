import type { CommandActor } from '../shared/actor.js';
import type { Ticket } from './ticket.state.js';

/** What every decision on an existing ticket gets: the ticket, who acts, and the business instant. */
export interface TicketDecision {
  ticket: Ticket;
  actor: CommandActor;
  /** The business instant of the event, ISO in the ticket's zone. */
  at: string;
  atMs: number;
  /** The server's clock reading. */
  nowMs: number;
}
