import { instantMs, normaliseInstant } from '../shared/instant.js';
import { requireOneOf, requireText } from '../shared/require.js';
import { ValidationError } from '../shared/validation.error.js';
import type { TicketDecision } from './ticket-decision.js';
import { SLA_WATCH_TIMERS } from './ticket-values.js';
import type { TicketCommand } from './ticket.commands.js';
import type { TicketEvent } from './ticket.events.js';

type WarnSlaAtRisk = Extract<TicketCommand, { type: 'WarnSlaAtRisk' }>;

/**
 * The SLA watchman's warning that a deadline is at risk. Once per timer and due time: a warning
 * already recorded for the same pair yields nothing (a retry, a replay or a second instance).
 * A new due time (after a severity change) is a new deadline and may be warned of again.
 */
export function decideSlaWarning(command: WarnSlaAtRisk, { ticket, at }: TicketDecision): TicketEvent[] {
  const d = command.data;
  const zone = ticket.timeZone;
  const timer = requireOneOf(d.timer, SLA_WATCH_TIMERS, 'data.timer');
  const dueAt = normaliseInstant(d.dueAt, 'data.dueAt', zone);
  const atRiskAt = normaliseInstant(d.atRiskAt, 'data.atRiskAt', zone);
  if (instantMs(atRiskAt, 'data.atRiskAt') > instantMs(dueAt, 'data.dueAt'))
    throw new ValidationError('data.atRiskAt', 'must not lie after dueAt');
  if (!Array.isArray(d.notify) || d.notify.length === 0)
    throw new ValidationError('data.notify', 'must name at least one user or role');
  const notify = d.notify.map((n, i) => requireText(n, `data.notify[${i}]`, 200));
  const dueMs = instantMs(dueAt, 'data.dueAt');
  if (ticket.warnings.some((w) => w.timer === timer && instantMs(w.dueAt, 'dueAt') === dueMs)) return [];
  return [
    { type: 'SlaAtRisk', data: { ticketId: ticket.ticketId, timer, dueAt, atRiskAt, notify, warnedAt: at } },
  ];
}
