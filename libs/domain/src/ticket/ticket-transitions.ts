import { OPEN_STATUSES, TICKET_STATUSES, type TicketStatus } from './ticket-status.js';
import type { TicketCommandType } from './ticket.commands.js';
import type { TicketEventType } from './ticket.events.js';

export interface TicketTransition {
  event: TicketEventType;
  /** Statuses in which the command is allowed; any other gives InvalidTransitionError. */
  from: readonly TicketStatus[];
  /** The status after the event; null: unchanged. */
  to: TicketStatus | null;
}

/**
 * The allowed transitions, one row per command (ReportFault creates the ticket and is not
 * listed). libs/domain/TRANSITIONS.md shows the same table; a test keeps the two equal.
 * Rules beyond the status (who may close without confirmation, ...) are checked by the decider.
 */
export const TICKET_TRANSITIONS: Record<Exclude<TicketCommandType, 'ReportFault'>, TicketTransition> = {
  Respond: { event: 'Responded', from: ['reported', 'reopened'], to: 'responded' },
  DispatchOnSite: { event: 'DispatchedOnSite', from: ['responded', 'reopened'], to: 'dispatched' },
  ArriveOnSite: { event: 'ArrivedOnSite', from: ['dispatched'], to: 'on_site' },
  Resolve: { event: 'Resolved', from: ['responded', 'on_site', 'reopened'], to: 'resolved' },
  ConfirmResolution: { event: 'ResolutionConfirmed', from: ['resolved'], to: 'confirmed' },
  RejectResolution: { event: 'ResolutionRejected', from: ['resolved'], to: 'reopened' },
  Close: { event: 'Closed', from: OPEN_STATUSES, to: 'closed' },
  Reopen: { event: 'Reopened', from: ['confirmed', 'closed'], to: 'reopened' },
  Escalate: { event: 'Escalated', from: OPEN_STATUSES, to: null },
  NoteSupervision: { event: 'SupervisionNoted', from: OPEN_STATUSES, to: null },
  ChangeSeverity: { event: 'SeverityChanged', from: OPEN_STATUSES, to: null },
  Assign: { event: 'Assigned', from: OPEN_STATUSES, to: null },
  RecordSatisfaction: { event: 'SatisfactionRecorded', from: ['resolved', 'confirmed', 'closed'], to: null },
  CorrectReportTime: { event: 'ReportTimeCorrected', from: TICKET_STATUSES, to: null },
  WarnSlaAtRisk: { event: 'SlaAtRisk', from: OPEN_STATUSES, to: null },
};
