import { ESCALATION_REASONS, SATISFACTION_ITEMS } from '#domain';
import { escalationColumn, scoreColumn } from '#projections';
import { durationHistogram, HISTOGRAM_EDGES } from './duration-histogram.js';
import { durationStats } from './duration-stats.js';
import { TIMER_KEYS, type SlaSums } from './sla-aggregates.js';
import type { PolicyVersion, SlaFigures, TimerKey } from './sla-report.types.js';

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The figures of a group from its sums, its sorted durations and its policy versions. */
export function slaFigures(
  sums: SlaSums,
  durations: Record<TimerKey, Float64Array>,
  policyVersions: PolicyVersion[],
): SlaFigures {
  const figures = {
    tickets: sums.tickets,
    withinTarget: {},
    breaches: { tickets: sums.breachedTickets },
    escalations: { total: sums.escalations, byReason: {} },
    durations: {},
    distributions: {},
    reopened: sums.reopened,
    reopenRate: ratio(sums.reopened, sums.tickets),
    complaints: sums.complaints,
    satisfaction: { surveys: sums.surveys, overall: null, items: {} },
    policyVersions,
  } as SlaFigures;
  for (const key of TIMER_KEYS) {
    const t = sums.timers[key];
    const judged = t.met + t.breached;
    figures.withinTarget[key] = { met: t.met, judged, share: ratio(t.met, judged) };
    figures.breaches[key] = { count: t.breached, totalOverrunMs: t.overrunSum, maxOverrunMs: t.overrunMax };
    figures.durations[key] = durationStats(durations[key]);
    figures.distributions[key] = durationHistogram(durations[key], HISTOGRAM_EDGES[key]);
  }
  for (const reason of ESCALATION_REASONS) {
    figures.escalations.byReason[reason] = {
      automatic: sums.esc[escalationColumn(reason, true)],
      manual: sums.esc[escalationColumn(reason, false)],
    };
  }
  for (const item of SATISFACTION_ITEMS) {
    const { sum, n } = sums.scores[scoreColumn(item)];
    figures.satisfaction.items[item] = ratio(sum, n);
  }
  figures.satisfaction.overall = figures.satisfaction.items.overall;
  return figures;
}
