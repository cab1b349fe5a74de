import { SLA_WATCHMAN } from '../shared/actor.js';
import type { TicketCommand } from '../ticket/ticket.commands.js';
import type { SlaDeadline } from './sla-deadlines.js';

/** The command the SLA watchman issues for a deadline that is due, at `now` (the server clock). */
export function slaDeadlineCommand(
  deadline: SlaDeadline,
  ticketId: string,
  now: string,
): Extract<TicketCommand, { type: 'WarnSlaAtRisk' | 'Escalate' }> {
  if (deadline.action === 'warn') {
    const { timer, dueAt, atRiskAt, notify } = deadline;
    return {
      type: 'WarnSlaAtRisk',
      data: { ticketId, timer, dueAt, atRiskAt, notify },
      actor: SLA_WATCHMAN,
      now,
    };
  }
  return {
    type: 'Escalate',
    data: {
      ticketId,
      level: deadline.level,
      reason: deadline.reason,
      automatic: true,
      ...(deadline.recordedLate && { recordedLate: true }),
    },
    actor: SLA_WATCHMAN,
    now,
  };
}
