import type { TimerLike } from '../../components/sla-tone';

/** What every view of a ticket the API gives names it by and ranks it by. */
export interface TicketHeadline {
  id: string;
  serviceNo: string;
  status: string;
  severity: number;
  kind: string;
  urgency: string;
}

/** GET /api/tickets/:id (and /as-of): the ticket, who works on it, its SLA timers at one instant. */
export interface TicketView extends TicketHeadline {
  channel: string;
  customerId: string;
  contractId: string;
  product: { name: string; version?: string };
  description: string;
  reporter: { name: string; phone?: string; email?: string; fax?: string };
  reportedAt: string;
  originalReportedAt?: string;
  takenBy: string;
  warranty: string;
  warrantyUntil: string;
  assigneeId?: string;
  engineers: string[];
  escalations: { level: number; reason: string; to?: string; note?: string; automatic?: boolean }[];
  resolution?: { cause: string; measures: string; resolution: string; category: string; engineerId?: string };
  revision: number;
  recordedAt: string;
  sla: {
    at: string;
    response: TimerLike;
    onSite: TimerLike;
    resolution: TimerLike;
    confirmationDueAt?: string;
  };
}

/** One entry of GET /api/tickets/:id/timeline. */
export interface TimelineEntry {
  position: string;
  eventId: string;
  revision: number;
  type: string;
  actor: { id: string; role: string };
  source: string;
  occurredAt: string;
  recordedAt: string;
  backDated: boolean;
  summary: { zh: string; en: string };
}

export interface Timeline {
  ticketId: string;
  items: TimelineEntry[];
}
