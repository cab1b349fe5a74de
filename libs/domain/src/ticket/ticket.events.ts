import type { Severity } from '../shared/severity.js';
import type { SlaPolicy } from '../sla/sla-policy.js';
import type {
  Channel,
  EscalationLevel,
  EscalationReason,
  Product,
  Reporter,
  ResponseMode,
  SatisfactionScores,
  SlaWatchTimer,
  TicketKind,
  Urgency,
  Warranty,
} from './ticket-values.js';

/**
 * The events of a ticket stream. Data only: the envelope carries actor, recording time and ids.
 * Every instant is ISO 8601 in the ticket's time zone (e.g. 2026-11-03T10:00:00.000+08:00);
 * the instant named `...At` is the business time of the event (see ticketEventInstant).
 * Optional keys are omitted, never undefined.
 */
export type TicketEvent =
  | { type: 'FaultReported'; data: FaultReportedData }
  | {
      type: 'Responded';
      data: { ticketId: string; engineerId: string; mode: ResponseMode; note?: string; respondedAt: string };
    }
  | { type: 'DispatchedOnSite'; data: DispatchedOnSiteData }
  | { type: 'ArrivedOnSite'; data: { ticketId: string; engineerId: string; arrivedAt: string } }
  | { type: 'Resolved'; data: ResolvedData }
  | { type: 'Escalated'; data: EscalatedData }
  | {
      type: 'ResolutionConfirmed';
      data: { ticketId: string; confirmedBy: string; note?: string; confirmedAt: string };
    }
  | {
      type: 'ResolutionRejected';
      data: { ticketId: string; rejectedBy: string; reason: string; rejectedAt: string };
    }
  | { type: 'SupervisionNoted'; data: SupervisionNotedData }
  | { type: 'SeverityChanged'; data: SeverityChangedData }
  | {
      type: 'Assigned';
      data: { ticketId: string; engineerId: string; assignedBy: string; note?: string; assignedAt: string };
    }
  | { type: 'Closed'; data: ClosedData }
  | { type: 'Reopened'; data: { ticketId: string; reopenedBy: string; reason: string; reopenedAt: string } }
  | { type: 'SatisfactionRecorded'; data: SatisfactionRecordedData }
  | { type: 'ReportTimeCorrected'; data: ReportTimeCorrectedData }
  | { type: 'SlaAtRisk'; data: SlaAtRiskData };

export type TicketEventType = TicketEvent['type'];
export type TicketEventOf<T extends TicketEventType> = Extract<TicketEvent, { type: T }>;

export interface FaultReportedData {
  ticketId: string;
  /** 售后服务号, allocated by the application, e.g. SV-202611-0042. */
  serviceNo: string;
  customerId: string;
  contractId: string;
  reporter: Reporter;
  channel: Channel;
  product: Product;
  description: string;
  severity: Severity;
  kind: TicketKind;
  urgency: Urgency;
  /** When the customer reported the fault (business time). */
  reportedAt: string;
  /** The staff user who took the report. */
  takenBy: string;
  warranty: Warranty;
  /** Last day inside the warranty (contract's final acceptance + warranty months − 1 day). */
  warrantyUntil: string;
  slaPolicy: SlaPolicy;
  policyVersion: number;
  /** The contract's IANA zone: calendars and local dates of this ticket are read in it. */
  timeZone: string;
}

export interface DispatchedOnSiteData {
  ticketId: string;
  engineerIds: string[];
  /** Why guided and remote help were not enough. */
  reason: string;
  expectedArrivalAt?: string;
  dispatchedBy: string;
  dispatchedAt: string;
}

export interface ResolvedData {
  ticketId: string;
  engineerId: string;
  /** 分析原因. */
  cause: string;
  /** 采取措施. */
  measures: string;
  resolution: string;
  category: string;
  resolvedAt: string;
}

export interface EscalatedData {
  ticketId: string;
  level: EscalationLevel;
  reason: EscalationReason;
  /** Who receives it: a user id, or the role ('manager' for level 1, 'headquarters' for level 2). */
  to: string;
  automatic: boolean;
  note?: string;
  escalatedBy: string;
  escalatedAt: string;
  /**
   * The watchman's escalation of a deadline that had already passed when the ticket (or the
   * level-1 escalation it follows) was recorded: it is escalated at once on recording.
   */
  recordedLate?: true;
}

export interface SupervisionNotedData {
  ticketId: string;
  notedBy: string;
  /** The period the chasing record covers, as written on the form (e.g. '2026-11-03 AM'). */
  period: string;
  progress: string;
  /** How far solved, 0..100. */
  solvedPercent: number;
  notedAt: string;
}

export interface SeverityChangedData {
  ticketId: string;
  from: Severity;
  to: Severity;
  reason: string;
  changedBy: string;
  changedAt: string;
}

export interface ClosedData {
  ticketId: string;
  closedBy: string;
  /** True when the customer had confirmed the fix; false for a manager's close without it. */
  confirmed: boolean;
  reason?: string;
  closedAt: string;
}

export interface SatisfactionRecordedData {
  ticketId: string;
  recordedBy: string;
  scores: SatisfactionScores;
  comments?: string;
  /** The customer's person who answered. */
  respondent?: string;
  surveyedAt: string;
}

export interface ReportTimeCorrectedData {
  ticketId: string;
  /** The report time before this correction. */
  previousReportedAt: string;
  /** The corrected report time: the SLA's response and resolution timers start here. */
  reportedAt: string;
  reason: string;
  correctedBy: string;
  correctedAt: string;
  /** The warranty status for the corrected report time. */
  warranty: Warranty;
}

/** The SLA watchman's warning: a deadline reached its at-risk share (actor: the system). */
export interface SlaAtRiskData {
  ticketId: string;
  timer: SlaWatchTimer;
  /** The deadline at risk: the last instant at which the timer is still met. */
  dueAt: string;
  /** When the at-risk share of the target was reached. */
  atRiskAt: string;
  /** Who is told: user ids and role names, e.g. [<assignee id>, 'manager']. */
  notify: string[];
  warnedAt: string;
}

/** The business instant of an event (the value to put in the envelope's occurredAt). */
export function ticketEventInstant(event: TicketEvent): string {
  // Each type keeps its instant under its own key (INSTANT_KEYS); read it without copying the data.
  return Reflect.get(event.data, INSTANT_KEYS[event.type]) as string;
}

const INSTANT_KEYS: Record<TicketEventType, string> = {
  FaultReported: 'reportedAt',
  Responded: 'respondedAt',
  DispatchedOnSite: 'dispatchedAt',
  ArrivedOnSite: 'arrivedAt',
  Resolved: 'resolvedAt',
  Escalated: 'escalatedAt',
  ResolutionConfirmed: 'confirmedAt',
  ResolutionRejected: 'rejectedAt',
  SupervisionNoted: 'notedAt',
  SeverityChanged: 'changedAt',
  Assigned: 'assignedAt',
  Closed: 'closedAt',
  Reopened: 'reopenedAt',
  SatisfactionRecorded: 'surveyedAt',
  ReportTimeCorrected: 'correctedAt',
  SlaAtRisk: 'warnedAt',
};

/** Every ticket event type, the SLA watchman's warning last. */
export const TICKET_EVENT_TYPES = Object.keys(INSTANT_KEYS) as readonly TicketEventType[];

/** The ticket event types that record work on or about the ticket (all but the watchman's warning). */
export const TICKET_WORK_EVENT_TYPES: readonly TicketEventType[] = TICKET_EVENT_TYPES.filter(
  (type) => type !== 'SlaAtRisk',
);

/**
 * The SLA watchman's records (a warning, an automatic escalation) happen at the server's clock and
 * are no work on the ticket: they do not bound the business time of later events, so an engineer
 * may still enter a response given by phone a minute before the warning.
 */
export function isWatchmanRecord(event: TicketEvent): boolean {
  return event.type === 'SlaAtRisk' || (event.type === 'Escalated' && event.data.automatic);
}
