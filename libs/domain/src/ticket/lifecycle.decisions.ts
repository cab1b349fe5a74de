import { defined, requireText } from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import type { TicketDecision } from './ticket-decision.js';
import type { TicketCommand } from './ticket.commands.js';
import type { TicketEvent } from './ticket.events.js';

type Lifecycle = Extract<TicketCommand, { type: 'Close' | 'Reopen' }>;

/**
 * Close: anyone (but the customer and the auditor) may close a ticket whose fix the customer
 * confirmed; without that confirmation only a manager may, and must give a reason.
 * Reopen (manager only, checked by the permissions): a confirmed or closed ticket, with a reason.
 */
export function decideLifecycle(command: Lifecycle, { ticket, actor, at }: TicketDecision): TicketEvent[] {
  const ticketId = ticket.ticketId;
  if (command.type === 'Reopen') {
    const reason = requireText(command.data.reason, 'data.reason');
    return [{ type: 'Reopened', data: { ticketId, reopenedBy: actor.id, reason, reopenedAt: at } }];
  }
  const confirmed = ticket.status === 'confirmed';
  if (!confirmed && actor.role !== 'manager') {
    throw new RuleViolationError(
      'confirmation_required',
      `The ticket is ${ticket.status}: it can be closed once the customer confirmed the fix, or by a manager with a reason`,
    );
  }
  if (!confirmed && (typeof command.data.reason !== 'string' || command.data.reason.trim() === '')) {
    throw new RuleViolationError(
      'reason_required',
      'A manager closing a ticket without confirmation must give a reason',
    );
  }
  const reason =
    command.data.reason === undefined ? undefined : requireText(command.data.reason, 'data.reason');
  return [
    { type: 'Closed', data: defined({ ticketId, closedBy: actor.id, confirmed, reason, closedAt: at }) },
  ];
}
