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

/** The buttons by key (one each), in the order shown. */
const ACTIONS = {
  respond: { command: 'Respond', path: 'responses' },
  dispatch: { command: 'DispatchOnSite', path: 'dispatches' },
  arrive: { command: 'ArriveOnSite', path: 'arrivals' },
  resolve: { command: 'Resolve', path: 'resolution' },
  confirm: { command: 'ConfirmResolution', path: 'confirmation', fixed: { confirmed: true } },
  reject: { command: 'RejectResolution', path: 'confirmation', fixed: { confirmed: false } },
  survey: { command: 'RecordSatisfaction', path: 'survey' },
  escalate: { command: 'Escalate', path: 'escalations' },
  chase: { command: 'NoteSupervision', path: 'supervision-notes' },
  severity: { command: 'ChangeSeverity', path: 'severity' },
  assign: { command: 'Assign', path: 'assignment' },
  close: { command: 'Close', path: 'close' },
  reopen: { command: 'Reopen', path: 'reopen' },
  correctReportTime: { command: 'CorrectReportTime', path: 'report-time-correction' },
} satisfies Record<string, Omit<TicketAction, 'key' | 'backdatable'>>;

/** Every action is backdatable but the report-time correction. */
export const TICKET_ACTIONS: readonly TicketAction[] = Object.entries(ACTIONS).map(([key, action]) => ({
  key,
  ...action,
  backdatable: action.command !== 'CorrectReportTime',
}));

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
