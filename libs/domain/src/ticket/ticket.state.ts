import type { Severity } from '../shared/severity.js';
import type { SlaPolicy } from '../sla/sla-policy.js';
import type { TicketStatus } from './ticket-status.js';
import type {
  EscalationLevel,
  EscalationReason,
  SlaWatchTimer,
  TicketKind,
  Warranty,
} from './ticket-values.js';

/** What the decider needs to know about a reported ticket. */
export interface Ticket {
  status: TicketStatus;
  ticketId: string;
  serviceNo: string;
  customerId: string;
  contractId: string;
  timeZone: string;
  severity: Severity;
  kind: TicketKind;
  /** The report time in force (after corrections). */
  reportedAt: string;
  warranty: Warranty;
  warrantyUntil: string;
  slaPolicy: SlaPolicy;
  policyVersion: number;
  /** Business instant of the latest event: no later event may happen before it. */
  lastEventAt: string;
  /** Business instant of the first event after the report, corrections aside: bounds a corrected report time. */
  firstFollowUpAt?: string;
  assigneeId?: string;
  escalations: { level: EscalationLevel; reason: EscalationReason }[];
  /** The SLA watchman's warnings so far: one per timer and due time. */
  warnings: { timer: SlaWatchTimer; dueAt: string }[];
}

export type TicketState = { status: 'not_reported' } | Ticket;

export const initialTicketState = (): TicketState => ({ status: 'not_reported' });
