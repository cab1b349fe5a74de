import type { TicketStatus } from './ticket-status.js';
import type { TicketEventType } from './ticket.events.js';

/**
 * The status each event leads to (libs/domain/TRANSITIONS.md); events not listed leave the status
 * as it is. The one table of it: evolveTicket and every read model that keeps a status use it.
 */
export const TICKET_STATUS_AFTER: Readonly<Partial<Record<TicketEventType, TicketStatus>>> = {
  FaultReported: 'reported',
  Responded: 'responded',
  DispatchedOnSite: 'dispatched',
  ArrivedOnSite: 'on_site',
  Resolved: 'resolved',
  ResolutionConfirmed: 'confirmed',
  ResolutionRejected: 'reopened',
  Closed: 'closed',
  Reopened: 'reopened',
};
