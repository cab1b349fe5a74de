import type { TimerLike } from '../../components/sla-tone';
import type { TicketHeadline } from '../ticket/ticket-types';

/** One item of GET /api/tickets. */
export interface BoardTicket extends TicketHeadline {
  customerId: string;
  contractId: string;
  reportedAt: string;
  assignee: string | null;
  reporter: { name: string; phone?: string };
  product: { name: string; version: string };
  /** The start of the fault description (故障描述). */
  description: string;
  sla: { state: string; response: TimerLike; onSite: TimerLike; resolution: TimerLike };
  updatedAt: string;
}

export interface TicketPage {
  items: BoardTicket[];
  nextCursor: string | null;
}

const SLA_RANK: Record<string, number> = { breached: 0, at_risk: 1, running: 2, paused: 3, met: 4 };

/** Most urgent first: breached, then at risk, then running; within those the higher severity, then the longest waiting. */
export function byUrgency(a: BoardTicket, b: BoardTicket): number {
  return (
    (SLA_RANK[a.sla.state] ?? 5) - (SLA_RANK[b.sla.state] ?? 5) ||
    a.severity - b.severity ||
    Date.parse(a.reportedAt) - Date.parse(b.reportedAt)
  );
}
