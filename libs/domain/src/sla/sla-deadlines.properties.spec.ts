import fc from 'fast-check';
import { fold } from '../shared/decider.js';
import { zonedIso } from '../shared/instant.js';
import { arbTicketHistory } from '../testing/ticket-history.arbitrary.js';
import { ticketDecider } from '../ticket/ticket.decider.js';
import { ticketEventInstant, type TicketEvent } from '../ticket/ticket.events.js';
import { slaClock } from './sla-clock.js';
import { slaDeadlineCommand } from './sla-deadline-command.js';
import { dueSlaDeadlines, slaDeadlines, type TicketHistoryEntry } from './sla-deadlines.js';
import type { SlaTimerName } from './sla-timer.js';

const MANAGER_EVENTS = new Set(['Closed', 'Reopened', 'SeverityChanged']);
const OVERDUE: Record<string, SlaTimerName> = {
  response_overdue: 'response',
  onsite_overdue: 'onSite',
  resolution_overdue: 'resolution',
};

/**
 * A watchman that wakes at every deadline of a random history (built through the decider): before
 * each event of the history, it issues through the decider every command due by then, at its instant.
 * Returns the interleaved log; fails if a due deadline yields no event (a watchman would spin on it).
 */
function watch(events: TicketEvent[], flushMs: number): TicketHistoryEntry[] {
  const log: TicketHistoryEntry[] = [{ event: events[0], actorRole: 'agent' }];
  const zone = events[0].type === 'FaultReported' ? events[0].data.timeZone : 'UTC';
  const actUntil = (untilMs: number) => {
    for (let guard = 0; ; guard++) {
      if (guard > 40) throw new Error('the watchman does not make progress');
      const [next] = dueSlaDeadlines(slaDeadlines(log), untilMs);
      if (!next) return;
      const state = fold(
        ticketDecider,
        log.map((l) => l.event),
      );
      const lastMs = state.status === 'not_reported' ? 0 : Date.parse(state.lastEventAt);
      const now = zonedIso(Math.max(next.atMs, lastMs), zone);
      const decided = ticketDecider.decide(slaDeadlineCommand(next, 't-1', now), state);
      if (decided.length === 0) throw new Error(`due but already done: ${JSON.stringify(next)}`);
      log.push(...decided.map((event) => ({ event, actorRole: 'system' })));
    }
  };
  for (const event of events.slice(1)) {
    actUntil(Date.parse(ticketEventInstant(event)) - 1);
    log.push({ event, actorRole: MANAGER_EVENTS.has(event.type) ? 'manager' : 'engineer' });
  }
  actUntil(flushMs);
  return log;
}

const RUNS = { numRuns: 120 };

describe('the SLA watchman over random histories', () => {
  it('ends with nothing due: every deadline reached was acted on, none twice by the watchman', () => {
    fc.assert(
      fc.property(arbTicketHistory(), ({ events, endMs }) => {
        const flushMs = endMs + 3 * 24 * 3600_000;
        const log = watch(events, flushMs);
        expect(dueSlaDeadlines(slaDeadlines(log), flushMs)).toEqual([]);
        const keys = log
          .filter((l) => l.actorRole === 'system')
          .map((l) => l.event)
          .flatMap((e) =>
            e.type === 'SlaAtRisk'
              ? [`warn ${e.data.timer} ${Date.parse(e.data.dueAt)}`]
              : e.type === 'Escalated'
                ? [`escalate ${e.data.level} ${e.data.reason}`]
                : [],
          );
        expect(new Set(keys).size).toBe(keys.length);
      }),
      RUNS,
    );
  });

  it('warns only of a timer the clock reads at risk, and escalates only a timer it reads breached', () => {
    fc.assert(
      fc.property(arbTicketHistory(), ({ events, endMs }) => {
        const log = watch(events, endMs + 3 * 24 * 3600_000).map((l) => l.event);
        log.forEach((event, i) => {
          const before = log.slice(0, i);
          if (event.type === 'SlaAtRisk' && event.data.timer !== 'confirmation') {
            const timer = slaClock(before, event.data.warnedAt)[event.data.timer];
            expect(timer.state).toBe('at_risk');
            expect(Date.parse(timer.dueAt ?? '')).toBe(Date.parse(event.data.dueAt));
          }
          if (event.type === 'Escalated' && event.data.level === 1 && OVERDUE[event.data.reason]) {
            const timer = slaClock(before, event.data.escalatedAt)[OVERDUE[event.data.reason]];
            expect(timer.state).toBe('breached');
          }
        });
      }),
      RUNS,
    );
  });
});
