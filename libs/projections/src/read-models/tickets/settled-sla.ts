import { slaClock, ticketEventInstant, type SlaReading, type TicketEvent } from '#domain';
import { TIMER_NAMES, type TimerName } from './tickets.tables.js';

/**
 * The ticket's SLA once its events have all happened and every timer still running is past its
 * due time: each timer's at-risk and breach instants are then known (projected for a running
 * timer), so its state at any later instant follows from them without another event. A pure
 * function of the events: the same on the live run and on a rebuild.
 */
export function settledSla(events: readonly TicketEvent[]): SlaReading {
  const latest = Math.max(...events.map((e) => Date.parse(ticketEventInstant(e))));
  const now = slaClock(events, new Date(latest).toISOString());
  const dues = TIMER_NAMES.map((timer) => now[timer])
    .filter((r) => r.state !== 'not_started' && r.completedAt === undefined && r.frozenAt === undefined)
    .map((r) => Date.parse(r.dueAt!));
  const beyond = Math.max(latest, Date.parse(now.reportedAt), ...dues) + 1;
  return slaClock(events, new Date(beyond).toISOString());
}

/**
 * The first instant at which a timer reads `breached`, given its breachedAt: the due time plus
 * one millisecond (completing at the due time still meets it), or the breachedAt itself when a
 * severity raise made the timer overdue at that instant.
 */
export function breachedFromMs(events: readonly TicketEvent[], timer: TimerName, breachedAt: string): number {
  const ms = Date.parse(breachedAt);
  return slaClock(events, breachedAt)[timer].state === 'breached' ? ms : ms + 1;
}
