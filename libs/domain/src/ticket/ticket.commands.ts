import type { CommandStamp } from '../shared/command-stamp.js';
import type { Severity } from '../shared/severity.js';
import type { ContractTerms } from '../contract/contract-terms.js';
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
} from './ticket-values.js';

/**
 * The commands of a ticket. Each carries, besides `type` and `data`, the CommandStamp:
 * `actor` (from the token), `now` (server clock) and optionally `occurredAt` (business time,
 * not after `now` and not before the ticket's latest event; defaults to `now`).
 * The business time becomes the `...At` field of the event.
 */
export type TicketCommand =
  | TicketCommandOf<'ReportFault', ReportFaultData>
  | TicketCommandOf<'Respond', { ticketId: string; mode: ResponseMode; note?: string; engineerId?: string }>
  | TicketCommandOf<'DispatchOnSite', DispatchOnSiteData>
  | TicketCommandOf<'ArriveOnSite', { ticketId: string; engineerId?: string }>
  | TicketCommandOf<'Resolve', ResolveData>
  | TicketCommandOf<'Escalate', EscalateData>
  | TicketCommandOf<'ConfirmResolution', { ticketId: string; note?: string }>
  | TicketCommandOf<'RejectResolution', { ticketId: string; reason: string }>
  | TicketCommandOf<
      'NoteSupervision',
      { ticketId: string; period: string; progress: string; solvedPercent: number }
    >
  | TicketCommandOf<'ChangeSeverity', { ticketId: string; severity: Severity; reason: string }>
  | TicketCommandOf<'Assign', { ticketId: string; engineerId: string; note?: string }>
  | TicketCommandOf<'Close', { ticketId: string; reason?: string }>
  | TicketCommandOf<'Reopen', { ticketId: string; reason: string }>
  | TicketCommandOf<'RecordSatisfaction', RecordSatisfactionData>
  | TicketCommandOf<'CorrectReportTime', { ticketId: string; reportedAt: string; reason: string }>
  | TicketCommandOf<'WarnSlaAtRisk', WarnSlaAtRiskData>;

export type TicketCommandType = TicketCommand['type'];

type TicketCommandOf<T extends string, D> = { type: T; data: D } & CommandStamp;

/** The report time is the command's occurredAt (when the customer called), else now. */
export interface ReportFaultData {
  ticketId: string;
  serviceNo: string;
  /** The contract's terms, from contractTerms(contractState): customer, warranty, SLA versions, zone. */
  contract: ContractTerms;
  reporter: Reporter;
  channel: Channel;
  /** Defaults to the contract's product. */
  product?: Product;
  description: string;
  severity: Severity;
  kind: TicketKind;
  urgency: Urgency;
}

export interface DispatchOnSiteData {
  ticketId: string;
  engineerIds: string[];
  reason: string;
  expectedArrivalAt?: string;
}

export interface ResolveData {
  ticketId: string;
  cause: string;
  measures: string;
  resolution: string;
  category: string;
  /** Defaults to the actor. */
  engineerId?: string;
}

export interface EscalateData {
  ticketId: string;
  level: EscalationLevel;
  reason: EscalationReason;
  /** Defaults to 'manager' (level 1) or 'headquarters' (level 2). */
  to?: string;
  automatic: boolean;
  note?: string;
}

export interface RecordSatisfactionData {
  ticketId: string;
  scores: SatisfactionScores;
  comments?: string;
  respondent?: string;
}

/** Only the system actor (the SLA watchman) issues it; once per timer and due time. */
export interface WarnSlaAtRiskData {
  ticketId: string;
  timer: SlaWatchTimer;
  dueAt: string;
  atRiskAt: string;
  notify: string[];
}
