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

type Eb = ExpressionBuilder<SlaFactsDb, 'sla_facts'>;

export const TIMER_KEYS = Object.keys(TIMER_PREFIXES) as TimerKey[];

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
  met: number;
  breached: number;
  overrunSum: number;
  overrunMax: number | null;
  elapsedSum: number;
  elapsedCount: number;
}

/** A timer completed within its target: completed, and never breached. */
export const metTimer = (eb: Eb, p: TimerPrefix) =>
  eb.and([eb(`${p}_completed_at`, 'is not', null), eb(`${p}_breached_at`, 'is', null)]);

/** Neither completed nor frozen by a close: it still counts time. */
export const runningTimer = (eb: Eb, p: TimerPrefix) =>
  eb.and([eb(`${p}_completed_at`, 'is', null), eb(`${p}_frozen`, '=', 0)]);

/** Breached as the events say, or still running past its due instant at asOf. */
export const breachedTimer = (eb: Eb, p: TimerPrefix, asOfMs: number) =>
  eb.or([
    eb(`${p}_breached_at`, 'is not', null),
    eb.and([runningTimer(eb, p), eb(`${p}_due_at`, '<', asOfMs)]),
  ]);

const count = (eb: Eb, condition: ReturnType<Eb['and']>) =>
  eb.fn.sum<number>(eb.case().when(condition).then(1).else(0).end());

/** The aggregate columns of the SLA report: counts and sums only, in portable SQL (CASE, SUM, MAX, COUNT). */
export function slaAggregates(eb: Eb, asOfMs: number) {
  const columns: AliasedExpression<unknown, string>[] = [
    eb.fn.countAll<number>().as('tickets'),
    count(eb, eb.and([eb('reopen_count', '>', 0)])).as('reopened'),
    count(eb, eb.and([eb('kind', '=', 'complaint')])).as('complaints'),
    eb.fn.sum<number>('surveyed').as('surveys'),
    eb.fn.sum<number>('escalations').as('escalations'),
    count(eb, eb.or(Object.values(TIMER_PREFIXES).map((p) => breachedTimer(eb, p, asOfMs)))).as(
      'breached_tickets',
    ),
  ];
  for (const [key, p] of Object.entries(TIMER_PREFIXES)) {
    columns.push(
      count(eb, metTimer(eb, p)).as(`${key}_met`),
      count(eb, breachedTimer(eb, p, asOfMs)).as(`${key}_breached`),
      eb.fn.sum<number>(`${p}_overrun_ms`).as(`${key}_overrun_sum`),
      eb.fn.max<number>(`${p}_overrun_ms`).as(`${key}_overrun_max`),
      eb.fn.sum<number>(`${p}_elapsed_ms`).as(`${key}_elapsed_sum`),
      eb.fn.count<number>(`${p}_elapsed_ms`).as(`${key}_elapsed_count`),
    );
  }
  for (const column of ESCALATION_COLUMNS) columns.push(eb.fn.sum<number>(column).as(column));
  for (const column of SCORE_COLUMNS) {
    const answered = eb(column, '>', 0);
    columns.push(
      eb.fn.sum<number>(eb.case().when(answered).then(eb.ref(column)).end()).as(`${column}_sum`),
      count(eb, eb.and([answered])).as(`${column}_n`),
    );
  }
  return columns;
}

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** Reads one aggregate row (drivers give numbers, bigints or numeric strings) into sums. */
export function sumsOf(row: Record<string, unknown>): SlaSums {
  const timers = {} as Record<TimerKey, TimerSums>;
  for (const key of TIMER_KEYS) {
    const max = row[`${key}_overrun_max`];
    timers[key] = {
      met: num(row[`${key}_met`]),
      breached: num(row[`${key}_breached`]),
      overrunSum: num(row[`${key}_overrun_sum`]),
      overrunMax: max === null || max === undefined || num(max) === 0 ? null : num(max),
      elapsedSum: num(row[`${key}_elapsed_sum`]),
      elapsedCount: num(row[`${key}_elapsed_count`]),
    };
  }
  return {
    tickets: num(row.tickets),
    reopened: num(row.reopened),
    complaints: num(row.complaints),
    surveys: num(row.surveys),
    escalations: num(row.escalations),
    breachedTickets: num(row.breached_tickets),
    timers,
    esc: Object.fromEntries(ESCALATION_COLUMNS.map((c) => [c, num(row[c])])) as SlaSums['esc'],
    scores: Object.fromEntries(
      SCORE_COLUMNS.map((c) => [c, { sum: num(row[`${c}_sum`]), n: num(row[`${c}_n`]) }]),
    ) as SlaSums['scores'],
  };
}

/** The sums of several groups together (for the total). */
export function addSums(groups: readonly SlaSums[]): SlaSums {
  const total = sumsOf({});
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
      t.elapsedSum += s.elapsedSum;
      t.elapsedCount += s.elapsedCount;
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
