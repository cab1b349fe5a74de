import { sql, type Kysely } from 'kysely';
import {
  IMPLEMENTATION_PHASES,
  SATISFACTION_ITEMS,
  type ImplementationPhase,
  type SatisfactionItem,
} from '#domain';
import { scoreColumn, type SlaFactsDb } from '#projections';
import type { ReportPeriod } from './report-period.js';

export type ItemAverages = Record<SatisfactionItem, number | null>;

/** Averages of phase satisfaction surveys: per item over the answers 1..5 (0, not applicable, left out). */
export interface PhaseSatisfaction {
  surveys: number;
  items: ItemAverages;
  byPhase: Record<ImplementationPhase, { surveys: number; items: ItemAverages }>;
}

type Sums = { surveys: number; sum: Record<SatisfactionItem, number>; n: Record<SatisfactionItem, number> };

const emptySums = (): Sums => ({
  surveys: 0,
  sum: Object.fromEntries(SATISFACTION_ITEMS.map((i) => [i, 0])) as Sums['sum'],
  n: Object.fromEntries(SATISFACTION_ITEMS.map((i) => [i, 0])) as Sums['n'],
});

const averages = (s: Sums): ItemAverages =>
  Object.fromEntries(
    SATISFACTION_ITEMS.map((i) => [i, s.n[i] === 0 ? null : s.sum[i] / s.n[i]]),
  ) as ItemAverages;

/**
 * The phase surveys answered in the period (by surveyedAt), of one customer when given: per
 * phase and in all, from sla-facts' sla_phase_surveys (one range read over its time-ordered key).
 */
export async function phaseSatisfaction(
  db: Kysely<SlaFactsDb>,
  period: Pick<ReportPeriod, 'fromMs' | 'toMs'>,
  customerId?: string,
): Promise<PhaseSatisfaction> {
  let query = db
    .selectFrom('sla_phase_surveys')
    .select(['phase', sql<number>`count(*)`.as('surveys')])
    .where('surveyed_at', '>=', period.fromMs)
    .where('surveyed_at', '<', period.toMs)
    .groupBy('phase');
  for (const item of SATISFACTION_ITEMS) {
    const column = sql.ref(scoreColumn(item));
    query = query.select([
      sql<number>`sum(case when ${column} > 0 then ${column} else 0 end)`.as(`sum_${item}`),
      sql<number>`sum(case when ${column} > 0 then 1 else 0 end)`.as(`n_${item}`),
    ]);
  }
  if (customerId !== undefined) query = query.where('customer_id', '=', customerId);
  const total = emptySums();
  const phases = new Map<string, Sums>();
  for (const row of (await query.execute()) as Record<string, unknown>[]) {
    const sums = emptySums();
    sums.surveys = Number(row.surveys);
    total.surveys += sums.surveys;
    for (const item of SATISFACTION_ITEMS) {
      sums.sum[item] = Number(row[`sum_${item}`]);
      sums.n[item] = Number(row[`n_${item}`]);
      total.sum[item] += sums.sum[item];
      total.n[item] += sums.n[item];
    }
    phases.set(String(row.phase), sums);
  }
  const byPhase = Object.fromEntries(
    IMPLEMENTATION_PHASES.map((phase) => {
      const sums = phases.get(phase) ?? emptySums();
      return [phase, { surveys: sums.surveys, items: averages(sums) }];
    }),
  ) as PhaseSatisfaction['byPhase'];
  return { surveys: total.surveys, items: averages(total), byPhase };
}
