import { slaClock, ticketEventInstant, type SlaReading, type TicketEvent } from '#domain';
import { TIMER_NAMES, type TimerName } from './tickets.tables.js';

/**
 * The ticket's SLA once its events have all happened and every timer still running is past its
 * due time: each timer's at-risk and breach instants are then known (projected for a running
 * timer), so its state at any later instant follows from them without another event. A pure
 * function of the events: the same on the live run and on a rebuild.
 *
 * It reads the clock just after the latest event; when no timer is still running up to a due
 * time after that (a closed ticket, or one whose running timers are all overdue), that reading
 * is the settled one. Otherwise it reads again just after the last due time. (A timer's due time
 * does not depend on the instant read once every event counts, so the first reading names them.)
 */
export function settledSla(events: readonly TicketEvent[]): SlaReading {
  const latest = Math.max(...events.map((e) => Date.parse(ticketEventInstant(e))));
  const after = slaClock(events, new Date(latest + 1).toISOString());
  const reportedMs = Date.parse(after.reportedAt);
  // Report time corrected to after every event: at the latest event no timer had started yet.
  if (reportedMs > latest) return slaClock(events, new Date(reportedMs + 1).toISOString());
  const dues = TIMER_NAMES.map((timer) => after[timer])
    .filter((r) => r.state !== 'not_started' && r.completedAt === undefined && r.frozenAt === undefined)
    .map((r) => Date.parse(r.dueAt!));
  const beyond = Math.max(latest, reportedMs, ...dues) + 1;
  return beyond === latest + 1 ? after : slaClock(events, new Date(beyond).toISOString());
}

/**
 * The first instant at which a timer reads `breached`, given its breachedAt: the due time plus
 * one millisecond (completing at the due time still meets it), or the breachedAt itself when a
 * severity raise made the timer overdue at that instant. A breach that falls on no severity
 * change is the first kind; one that does is read from the clock.
 */
export function breachedFromMs(events: readonly TicketEvent[], timer: TimerName, breachedAt: string): number {
  const ms = Date.parse(breachedAt);
  const onSeverityChange = events.some(
    (e) => e.type === 'SeverityChanged' && Date.parse(ticketEventInstant(e)) === ms,
  );
  if (!onSeverityChange) return ms + 1;
  return slaClock(events, breachedAt)[timer].state === 'breached' ? ms : ms + 1;
}
