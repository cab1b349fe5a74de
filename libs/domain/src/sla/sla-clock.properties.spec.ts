import fc from 'fast-check';
import { arbTicketHistory, alwaysOpen, type TicketHistory } from '../testing/ticket-history.arbitrary.js';
import { ticketEventInstant, type TicketEvent } from '../ticket/ticket.events.js';
import { slaClock, type SlaReading } from './sla-clock.js';
import type { SlaTimerName, SlaTimerState } from './sla-timer.js';

const TIMERS: SlaTimerName[] = ['response', 'onSite', 'resolution'];
const RANK: Record<SlaTimerState, number> = { not_started: 0, running: 1, at_risk: 2, met: 3, breached: 3 };
/** Dense readings make the first two laws costly; the other two are cheap and run more cases. */
const DENSE_RUNS = { numRuns: 40 };
const RUNS = { numRuns: 200 };

/** Two instants t1 <= t2 around the history, as ISO strings. */
const arbInstants = (h: TicketHistory) =>
  fc
    .tuple(
      fc.integer({ min: h.startMs - 60_000, max: h.endMs + 2 * 3600_000 }),
      fc.integer({ min: h.startMs - 60_000, max: h.endMs + 2 * 3600_000 }),
    )
    .map(
      ([a, b]) => [new Date(Math.min(a, b)).toISOString(), new Date(Math.max(a, b)).toISOString()] as const,
    );

const arbCase = arbTicketHistory().chain((history) =>
  arbInstants(history).map((instants) => ({ history, instants })),
);

/** A rejected fix or a reopen between t1 and t2 withdraws the resolution timer's "met" (see SLA.md). */
function reopensBetween(events: TicketEvent[], t1: string, t2: string): boolean {
  return events.some(
    (e) =>
      (e.type === 'ResolutionRejected' || e.type === 'Reopened') &&
      Date.parse(ticketEventInstant(e)) > Date.parse(t1) &&
      Date.parse(ticketEventInstant(e)) <= Date.parse(t2),
  );
}

const lawHolds = (timer: SlaTimerName, events: TicketEvent[], t1: string, t2: string) =>
  timer !== 'resolution' || !reopensBetween(events, t1, t2);

/**
 * The instants to read a history at, in order: around every event, around every due and
 * at-risk instant the clock announces, and the random pair of the case.
 */
function instantsOf(events: TicketEvent[], extra: readonly string[]): string[] {
  const points = new Set<number>(extra.map((t) => Date.parse(t)));
  const around = (ms: number) => [ms - 1, ms, ms + 1].forEach((p) => points.add(p));
  for (const e of events) around(Date.parse(ticketEventInstant(e)));
  for (const e of events) {
    const reading = slaClock(events, ticketEventInstant(e));
    for (const timer of TIMERS) {
      for (const t of [reading[timer].dueAt, reading[timer].atRiskAt]) if (t) around(Date.parse(t));
    }
  }
  return [...points].sort((a, b) => a - b).map((ms) => new Date(ms).toISOString());
}

describe('laws of the SLA clock', () => {
  it('is monotone in time: a state never goes back, met and breached are final', () => {
    fc.assert(
      fc.property(arbCase, ({ history: { events }, instants }) => {
        const times = instantsOf(events, instants);
        const readings = times.map((t) => slaClock(events, t));
        for (let i = 1; i < times.length; i++) {
          for (const timer of TIMERS.filter((t) => lawHolds(t, events, times[i - 1], times[i]))) {
            const [s1, s2] = [readings[i - 1][timer].state, readings[i][timer].state];
            expect(RANK[s2]).toBeGreaterThanOrEqual(RANK[s1]);
            if (s1 === 'met' || s1 === 'breached') expect(s2).toBe(s1);
          }
        }
      }),
      DENSE_RUNS,
    );
  });

  it('never turns a met timer into a breached one', () => {
    fc.assert(
      fc.property(arbCase, ({ history: { events }, instants }) => {
        const times = instantsOf(events, instants);
        const readings = times.map((t) => slaClock(events, t));
        for (const timer of TIMERS) {
          const firstMet = readings.findIndex((r) => r[timer].state === 'met');
          if (firstMet < 0) continue;
          for (let i = firstMet + 1; i < times.length; i++) {
            if (!lawHolds(timer, events, times[firstMet], times[i])) break;
            expect(readings[i][timer].state).not.toBe('breached');
          }
        }
      }),
      DENSE_RUNS,
    );
  });

  it('counts 24x7 exactly like a calendar open all day every day without holidays', () => {
    fc.assert(
      fc.property(
        arbTicketHistory(['24x7']).chain((history) => arbInstants(history).map(([t]) => ({ history, t }))),
        ({ history: { events }, t }) => {
          const reported = events[0];
          if (reported.type !== 'FaultReported') throw new Error('no report');
          const calendarPolicy = { ...reported.data.slaPolicy, calendar: alwaysOpen };
          expect(slaClock(events, t, calendarPolicy)).toEqual(slaClock(events, t));
        },
      ),
      RUNS,
    );
  });

  it('gives at an instant the same reading from the events known by then (a prefix) as from all of them', () => {
    fc.assert(
      fc.property(arbCase, ({ history: { events }, instants: [t] }) => {
        const prefix = events.filter(
          (e, i) =>
            i === 0 || e.type === 'ReportTimeCorrected' || Date.parse(ticketEventInstant(e)) <= Date.parse(t),
        );
        const whole: SlaReading = slaClock(events, t);
        expect(slaClock(prefix, t)).toEqual(whole);
      }),
      RUNS,
    );
  });
});
