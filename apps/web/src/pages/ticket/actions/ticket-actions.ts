import {
  mayIssueTicketCommand,
  TICKET_TRANSITIONS,
  type TicketCommandType,
  type TicketStatus,
} from '@domain';
import type { Role } from '../../../auth/session';

type ActionCommand = Exclude<TicketCommandType, 'ReportFault' | 'WarnSlaAtRisk'>;

/** One button of the ticket page: the command it issues and the route it posts to. */
export interface TicketAction {
  key: string;
  command: ActionCommand;
  /** POST /api/tickets/:id/<path>. */
  path: string;
  /** Fixed fields of the body (the confirmation's yes or no). */
  fixed?: Record<string, unknown>;
  /** Whether the form offers "when it happened" (every action but the report-time correction). */
  backdatable: boolean;
}

export const TICKET_ACTIONS: readonly TicketAction[] = [
  { key: 'respond', command: 'Respond', path: 'responses', backdatable: true },
  { key: 'dispatch', command: 'DispatchOnSite', path: 'dispatches', backdatable: true },
  { key: 'arrive', command: 'ArriveOnSite', path: 'arrivals', backdatable: true },
  { key: 'resolve', command: 'Resolve', path: 'resolution', backdatable: true },
  {
    key: 'confirm',
    command: 'ConfirmResolution',
    path: 'confirmation',
    fixed: { confirmed: true },
    backdatable: true,
  },
  {
    key: 'reject',
    command: 'RejectResolution',
    path: 'confirmation',
    fixed: { confirmed: false },
    backdatable: true,
  },
  { key: 'survey', command: 'RecordSatisfaction', path: 'survey', backdatable: true },
  { key: 'escalate', command: 'Escalate', path: 'escalations', backdatable: true },
  { key: 'chase', command: 'NoteSupervision', path: 'supervision-notes', backdatable: true },
  { key: 'severity', command: 'ChangeSeverity', path: 'severity', backdatable: true },
  { key: 'assign', command: 'Assign', path: 'assignment', backdatable: true },
  { key: 'close', command: 'Close', path: 'close', backdatable: true },
  { key: 'reopen', command: 'Reopen', path: 'reopen', backdatable: true },
  {
    key: 'correctReportTime',
    command: 'CorrectReportTime',
    path: 'report-time-correction',
    backdatable: false,
  },
];

/**
 * The actions this role may take on a ticket in this status: the domain's permission table and
 * transition table (libs/domain/TRANSITIONS.md). Closing before the customer confirmed is the manager's.
 */
export function actionsFor(role: Role, status: string): TicketAction[] {
  return TICKET_ACTIONS.filter((action) => {
    if (!mayIssueTicketCommand(role, action.command)) return false;
    if (!TICKET_TRANSITIONS[action.command].from.includes(status as TicketStatus)) return false;
    if (action.command === 'Close') return status === 'confirmed' || role === 'manager';
    return true;
  });
}
