import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { SlaTimerState } from '#domain';
import { TIMER_COLUMN_PREFIX, TIMER_NAMES, type TicketsDb, type TimerName } from './tickets.tables.js';

/** A ticket's SLA state: its worst timer (breached > at_risk > running > met), not_started before the report. */
export const SLA_TICKET_STATES = ['running', 'at_risk', 'breached', 'met'] as const;
export type SlaTicketState = (typeof SLA_TICKET_STATES)[number];

type Eb = ExpressionBuilder<TicketsDb, 'tickets'>;

/**
 * Whether a timer reads `state` at `nowMs`, in SQL over the row's timer facts (plain comparisons
 * of epoch-ms integers, so the same on SQLite and PostgreSQL). Matches slaClock at any instant
 * from the ticket's latest event on: a running timer turns at_risk and then breached as time
 * passes, without a new event.
 */
export function timerIs(eb: Eb, timer: TimerName, state: SlaTimerState, nowMs: number): Expression<SqlBool> {
  const p = TIMER_COLUMN_PREFIX[timer];
  const reached = (column: `${typeof p}_${'started_ms' | 'breached_from_ms' | 'at_risk_ms'}`) =>
    eb.and([eb(column, 'is not', null), eb(column, '<=', nowMs)]);
  const started = reached(`${p}_started_ms`);
  const breached = reached(`${p}_breached_from_ms`);
  const atRisk = reached(`${p}_at_risk_ms`);
  const met = eb(`${p}_completed_ms`, 'is not', null);
  switch (state) {
    case 'not_started':
      return eb.not(started);
    case 'breached':
      return eb.and([started, breached]);
    case 'met':
      return eb.and([started, eb.not(breached), met]);
    case 'at_risk':
      return eb.and([started, eb.not(breached), eb.not(met), atRisk]);
    case 'running':
      return eb.and([started, eb.not(breached), eb.not(met), eb.not(atRisk)]);
  }
}

/** The timer's state at `nowMs` as a selectable SQL value. */
export function timerStateAt(eb: Eb, timer: TimerName, nowMs: number) {
  return eb
    .case()
    .when(timerIs(eb, timer, 'not_started', nowMs))
    .then('not_started')
    .when(timerIs(eb, timer, 'breached', nowMs))
    .then('breached')
    .when(timerIs(eb, timer, 'met', nowMs))
    .then('met')
    .when(timerIs(eb, timer, 'at_risk', nowMs))
    .then('at_risk')
    .else('running')
    .end();
}

const WORSE: Record<SlaTicketState, SlaTimerState[]> = {
  breached: [],
  at_risk: ['breached'],
  running: ['breached', 'at_risk'],
  met: ['breached', 'at_risk', 'running'],
};

/**
 * Whether a ticket's SLA reads `state` at `nowMs`: one of `timers` (default: all three) is in that
 * state and none is in a worse one.
 */
export function ticketSlaIs(
  eb: Eb,
  state: SlaTicketState,
  nowMs: number,
  timers: readonly TimerName[] = TIMER_NAMES,
): Expression<SqlBool> {
  const any = (s: SlaTimerState) => eb.or(timers.map((t) => timerIs(eb, t, s, nowMs)));
  return eb.and([any(state), ...WORSE[state].map((worse) => eb.not(any(worse)))]);
}

/** The ticket's SLA state from its timers' states (the same order as ticketSlaIs). */
export function worstOf(states: readonly SlaTimerState[]): SlaTicketState | 'not_started' {
  for (const state of ['breached', 'at_risk', 'running', 'met'] as const) {
    if (states.includes(state)) return state;
  }
  return 'not_started';
}
