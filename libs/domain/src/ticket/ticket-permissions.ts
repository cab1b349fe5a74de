import type { Role } from '../shared/actor.js';
import type { TicketCommandType } from './ticket.commands.js';

/** What a customer contact may do on its own organisation's tickets (the API checks the organisation). */
export const CUSTOMER_TICKET_COMMANDS: readonly TicketCommandType[] = [
  'ReportFault',
  'ConfirmResolution',
  'RejectResolution',
  'RecordSatisfaction',
];

/** Commands only a service manager may issue. */
export const MANAGER_TICKET_COMMANDS: readonly TicketCommandType[] = ['Reopen'];

/**
 * Whether a role may issue a ticket command at all. The auditor changes nothing; a customer
 * contact only reports, answers and rates; the other roles may do the rest, except what is
 * the manager's. Rules that depend on the ticket (closing without confirmation) are the decider's.
 */
export function mayIssueTicketCommand(role: Role, command: TicketCommandType): boolean {
  if (role === 'auditor') return false;
  if (role === 'customer') return CUSTOMER_TICKET_COMMANDS.includes(command);
  if (MANAGER_TICKET_COMMANDS.includes(command)) return role === 'manager';
  return true;
}
