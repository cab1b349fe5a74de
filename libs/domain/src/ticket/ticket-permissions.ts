import { SYSTEM_ROLE, type ActorRole } from '../shared/actor.js';
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

/** What the service itself (the SLA watchman, role 'system') may do: warn and escalate, nothing else. */
export const SYSTEM_TICKET_COMMANDS: readonly TicketCommandType[] = ['WarnSlaAtRisk', 'Escalate'];

/** Commands no user may issue, whatever the role. */
export const SYSTEM_ONLY_TICKET_COMMANDS: readonly TicketCommandType[] = ['WarnSlaAtRisk'];

/**
 * Whether a role may issue a ticket command at all. The auditor changes nothing; a customer
 * contact only reports, answers and rates; the system only warns and escalates, and nobody else
 * warns; the other roles may do the rest, except what is the manager's. Rules that depend on the
 * ticket (closing without confirmation) are the decider's.
 */
export function mayIssueTicketCommand(role: ActorRole, command: TicketCommandType): boolean {
  if (role === SYSTEM_ROLE) return SYSTEM_TICKET_COMMANDS.includes(command);
  if (SYSTEM_ONLY_TICKET_COMMANDS.includes(command)) return false;
  if (role === 'auditor') return false;
  if (role === 'customer') return CUSTOMER_TICKET_COMMANDS.includes(command);
  if (MANAGER_TICKET_COMMANDS.includes(command)) return role === 'manager';
  return true;
}
