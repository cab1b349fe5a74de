import type { CommandStamp } from '../shared/command-stamp.js';
import type { Severity } from '../shared/severity.js';
import type { ContractTerms } from '../contract/contract-terms.js';
import type { Product, ResponseMode } from './ticket-values.js';
import type {
  DispatchedOnSiteData,
  EscalatedData,
  FaultReportedData,
  ResolvedData,
  SatisfactionRecordedData,
  SlaAtRiskData,
} from './ticket.events.js';

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

/*
 * The data below are the data of the event each command leads to, less what the decider adds
 * (who did it, when, what it looks up): each field is described once, on the event.
 */

/** The report time is the command's occurredAt (when the customer called), else now. */
export type ReportFaultData = Pick<
  FaultReportedData,
  'ticketId' | 'serviceNo' | 'reporter' | 'channel' | 'description' | 'severity' | 'kind' | 'urgency'
> & {
  /** The contract's terms, from contractTerms(contractState): customer, warranty, SLA versions, zone. */
  contract: ContractTerms;
  /** Defaults to the contract's product. */
  product?: Product;
};

export type DispatchOnSiteData = Omit<DispatchedOnSiteData, 'dispatchedBy' | 'dispatchedAt'>;

export type ResolveData = Omit<ResolvedData, 'engineerId' | 'resolvedAt'> & {
  /** Defaults to the actor. */
  engineerId?: string;
};

export type EscalateData = Omit<EscalatedData, 'to' | 'escalatedBy' | 'escalatedAt'> & {
  /** Defaults to 'manager' (level 1) or 'headquarters' (level 2). */
  to?: string;
};

export type RecordSatisfactionData = Omit<SatisfactionRecordedData, 'recordedBy' | 'surveyedAt'>;

/** Only the system actor (the SLA watchman) issues it; once per timer and due time. */
export type WarnSlaAtRiskData = Omit<SlaAtRiskData, 'warnedAt'>;
