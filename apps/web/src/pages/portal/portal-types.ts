import type { TicketStatus } from '@domain';
import type { TimerLike } from '../../components/sla-tone';
import type { TicketHeadline } from '../ticket/ticket-types';

/** One ticket of GET /api/tickets (the API shows a customer contact its own organisation's only). */
export interface PortalTicket extends TicketHeadline {
  status: TicketStatus;
  contractId: string;
  reportedAt: string;
  reporter: { name: string };
  sla: { state: string; response: TimerLike; onSite: TimerLike; resolution: TimerLike };
}

export interface PortalTicketPage {
  items: PortalTicket[];
  nextCursor: string | null;
}

/** What GET /api/tickets/:id adds that the portal shows: the fault and its fix. */
export interface PortalTicketDetail {
  id: string;
  serviceNo: string;
  /** The ticket's stream revision (its ETag): what an answer on the fix shown was decided on. */
  revision: number;
  description: string;
  product: { name: string; version: string };
  resolution?: { cause: string; measures: string; resolution: string };
}
