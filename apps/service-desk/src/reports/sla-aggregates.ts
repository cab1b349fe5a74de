import type { AliasedExpression, ExpressionBuilder } from 'kysely';
import {
  ESCALATION_COLUMNS,
  SCORE_COLUMNS,
  TIMER_PREFIXES,
  type EscalationColumn,
  type ScoreColumn,
  type SlaFactsDb,
  type TimerPrefix,
} from '#projections';
import type { TimerKey } from './sla-report.types.js';

export type Eb = ExpressionBuilder<SlaFactsDb, 'sla_facts'>;
type Columns = AliasedExpression<unknown, string>[];

export const TIMER_KEYS = Object.keys(TIMER_PREFIXES) as TimerKey[];
const TIMERS = Object.entries(TIMER_PREFIXES) as [TimerKey, TimerPrefix][];

/** The sums of one group, from which every figure but the median and p90 is derived (and which add up). */
export interface SlaSums {
  tickets: number;
  reopened: number;
  complaints: number;
  surveys: number;
  escalations: number;
  timers: Record<TimerKey, TimerSums>;
  esc: Record<EscalationColumn, number>;
  scores: Record<ScoreColumn, { sum: number; n: number }>;
  /** Tickets with at least one breached timer. */
  breachedTickets: number;
}

export interface TimerSums {
  /** Completed within the target. */
  met: number;
  /** Breached: by the events, or still running past its due instant at the report's instant. */
  breached: number;
  overrunSum: number;
  overrunMax: number | null;
}

/*
 * The report reads the period's rows in four narrow passes rather than one wide one: a SQLite
 * aggregate costs per row whether or not it matches, so the breach, escalation and survey sums
 * run only over the rows that have any (WHERE), and the main pass carries a handful of counts and
 * the completed durations (for the median and p90, sorted in JS). Portable SQL but for
 * group_concat (string_agg on PostgreSQL).
 */

/** Main pass: counts and the completed timers' counted durations as comma-separated lists. */
export const mainColumns = (eb: Eb): Columns => [
  eb.fn.countAll<number>().as('tickets'),
  eb.fn.countAll<number>().filterWhere('reopen_count', '>', 0).as('reopened'),
  eb.fn.countAll<number>().filterWhere('kind', '=', 'complaint').as('complaints'),
  eb.fn.sum<number>('surveyed').as('surveys'),
  eb.fn.sum<number>('escalations').as('escalations'),
  ...TIMERS.map(([key, p]) =>
    eb.fn<string | null>('group_concat', [eb.ref(`${p}_elapsed_ms`)]).as(`${key}_elapsed`),
  ),
];

/** Rows with a timer breached by the events (late completion, severity raise, reopen past due). */
export const breachedByEvents = (eb: Eb) =>
  eb.or(TIMERS.map(([, p]) => eb(`${p}_breached_at`, 'is not', null)));

/** Breach pass (over breachedByEvents rows): breaches, late completions and final overruns. */
export const breachColumns = (eb: Eb): Columns => [
  eb.fn.countAll<number>().as('breached_tickets'),
  ...TIMERS.flatMap(([key, p]) => [
    eb.fn.count<number>(`${p}_breached_at`).as(`${key}_breached`),
    eb.fn
      .countAll<number>()
      .filterWhere((w) =>
        w.and([w(`${p}_breached_at`, 'is not', null), w(`${p}_completed_at`, 'is not', null)]),
      )
      .as(`${key}_late`),
    eb.fn.sum<number>(`${p}_overrun_ms`).as(`${key}_overrun_sum`),
    eb.fn.max<number>(`${p}_overrun_ms`).as(`${key}_overrun_max`),
  ]),
];

/** Escalation pass (over rows with escalations): per reason, automatic and manual. */
export const escalationColumns = (eb: Eb): Columns =>
  ESCALATION_COLUMNS.map((c) => eb.fn.sum<number>(c).as(c));

/** Survey pass (over surveyed rows): per item the sum and number of answers 1..5 (0 is n/a). */
export const scoreColumns = (eb: Eb): Columns =>
  SCORE_COLUMNS.flatMap((c) => {
    const answered = eb.fn<number | null>('nullif', [eb.ref(c), eb.lit(0)]);
    return [eb.fn.sum<number>(answered).as(`${c}_sum`), eb.fn.count<number>(answered).as(`${c}_n`)];
  });

/** Neither completed nor frozen by a close: it still counts time. */
export const runningTimer = (eb: Eb, p: TimerPrefix) =>
  eb.and([
    eb(`${p}_started_at`, 'is not', null),
    eb(`${p}_completed_at`, 'is', null),
    eb(`${p}_frozen`, '=', 0),
  ]);

/** Still running and breached: by the events, or past its due instant at asOf. */
export const runningBreached = (eb: Eb, p: TimerPrefix, asOfMs: number) =>
  eb.and([
    runningTimer(eb, p),
    eb.or([eb(`${p}_breached_at`, 'is not', null), eb(`${p}_due_at`, '<', asOfMs)]),
  ]);

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export function emptySums(): SlaSums {
  return {
    tickets: 0,
    reopened: 0,
    complaints: 0,
    surveys: 0,
    escalations: 0,
    breachedTickets: 0,
    timers: Object.fromEntries(
      TIMER_KEYS.map((k) => [k, { met: 0, breached: 0, overrunSum: 0, overrunMax: null }]),
    ) as SlaSums['timers'],
    esc: Object.fromEntries(ESCALATION_COLUMNS.map((c) => [c, 0])) as SlaSums['esc'],
    scores: Object.fromEntries(SCORE_COLUMNS.map((c) => [c, { sum: 0, n: 0 }])) as SlaSums['scores'],
  };
}

/** Adds a main-pass row; `completed` is the number of completed timers per timer (from the durations). */
export function addMain(
  sums: SlaSums,
  row: Record<string, unknown>,
  completed: Record<TimerKey, number>,
): void {
  sums.tickets += num(row.tickets);
  sums.reopened += num(row.reopened);
  sums.complaints += num(row.complaints);
  sums.surveys += num(row.surveys);
  sums.escalations += num(row.escalations);
  for (const key of TIMER_KEYS) sums.timers[key].met += completed[key];
}

/** Adds a breach-pass row: a late completion counts as breached, not met. */
export function addBreaches(sums: SlaSums, row: Record<string, unknown>): void {
  sums.breachedTickets += num(row.breached_tickets);
  for (const key of TIMER_KEYS) {
    const t = sums.timers[key];
    t.met -= num(row[`${key}_late`]);
    t.breached += num(row[`${key}_breached`]);
    t.overrunSum += num(row[`${key}_overrun_sum`]);
    const max = num(row[`${key}_overrun_max`]);
    if (max > 0) t.overrunMax = maxOf(t.overrunMax, max);
  }
}

export function addEscalations(sums: SlaSums, row: Record<string, unknown>): void {
  for (const c of ESCALATION_COLUMNS) sums.esc[c] += num(row[c]);
}

export function addScores(sums: SlaSums, row: Record<string, unknown>): void {
  for (const c of SCORE_COLUMNS) {
    sums.scores[c].sum += num(row[`${c}_sum`]);
    sums.scores[c].n += num(row[`${c}_n`]);
  }
}

/** The sums of several groups together (for the total). */
export function addSums(groups: readonly SlaSums[]): SlaSums {
  const total = emptySums();
  for (const g of groups) {
    for (const k of [
      'tickets',
      'reopened',
      'complaints',
      'surveys',
      'escalations',
      'breachedTickets',
    ] as const)
      total[k] += g[k];
    for (const key of TIMER_KEYS) {
      const t = total.timers[key];
      const s = g.timers[key];
      t.met += s.met;
      t.breached += s.breached;
      t.overrunSum += s.overrunSum;
      t.overrunMax = maxOf(t.overrunMax, s.overrunMax);
    }
    for (const c of ESCALATION_COLUMNS) total.esc[c] += g.esc[c];
    for (const c of SCORE_COLUMNS) {
      total.scores[c].sum += g.scores[c].sum;
      total.scores[c].n += g.scores[c].n;
    }
  }
  return total;
}

export function maxOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
