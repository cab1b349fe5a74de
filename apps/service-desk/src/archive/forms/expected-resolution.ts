import { slaClock, ticketEventInstant } from '#domain';
import type { TicketSources } from './ticket-sources.js';

/**
 * When the ticket is expected to be resolved: the SLA's resolution due instant (report time plus
 * the target of the severity in force, in the contract's calendar), read at `now` (or at the
 * latest event, should that lie later).
 */
export function expectedResolutionAt(sources: TicketSources): string | null {
  const latest = sources.events.at(-1);
  if (!latest) return null;
  const latestAt = ticketEventInstant(latest);
  const at = Date.parse(sources.now) < Date.parse(latestAt) ? latestAt : sources.now;
  return slaClock(sources.events, at).resolution.dueAt ?? null;
}
