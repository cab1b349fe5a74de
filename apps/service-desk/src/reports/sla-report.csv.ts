import { ESCALATION_REASONS, SATISFACTION_ITEMS } from '#domain';
import { binName, durationHistogram, HISTOGRAM_EDGES } from './duration-histogram.js';
import { cell, minutes } from './report-format.js';
import { TIMER_KEYS } from './sla-aggregates.js';
import type { SlaFigures, SlaReport } from './sla-report.types.js';

/**
 * The CSV columns of the SLA report: one row per group, then the total; durations in minutes, and
 * their histogram as a count per bar (`resolution_le_12h`: resolved within 12 hours, above 8). The
 * phase-survey averages (all phases; per phase in the JSON answer) fill the total row's last columns.
 */
export function slaReportCsv(report: SlaReport): { header: string[]; rows: unknown[][] } {
  const header = ['group', 'label', 'tickets'];
  for (const t of TIMER_KEYS) header.push(`${t}_met`, `${t}_judged`, `${t}_within_target_share`);
  header.push('breached_tickets');
  for (const t of TIMER_KEYS) header.push(`${t}_breaches`, `${t}_overrun_total_min`, `${t}_overrun_max_min`);
  header.push('escalations');
  for (const r of ESCALATION_REASONS) header.push(`escalations_${r}_automatic`, `escalations_${r}_manual`);
  for (const t of TIMER_KEYS) {
    header.push(`${t}_count`, `${t}_mean_min`, `${t}_median_min`, `${t}_p90_min`);
    for (const bin of durationHistogram([], HISTOGRAM_EDGES[t])) header.push(`${t}_${binName(bin)}`);
  }
  header.push('reopened', 'reopen_rate', 'complaints', 'surveys');
  for (const item of SATISFACTION_ITEMS) header.push(`satisfaction_${item}`);
  header.push('policy_versions', 'period_from', 'period_to', 'time_zone', 'phase_surveys');
  for (const item of SATISFACTION_ITEMS) header.push(`phase_satisfaction_${item}`);

  const phases = report.phaseSurveys;
  const line = (key: string, label: string, f: SlaFigures, withPhases = false): unknown[] => {
    const row: unknown[] = [key, label, f.tickets];
    for (const t of TIMER_KEYS) {
      const w = f.withinTarget[t];
      row.push(w.met, w.judged, cell(w.share));
    }
    row.push(f.breaches.tickets);
    for (const t of TIMER_KEYS) {
      const b = f.breaches[t];
      row.push(b.count, minutes(b.totalOverrunMs), minutes(b.maxOverrunMs));
    }
    row.push(f.escalations.total);
    for (const r of ESCALATION_REASONS) {
      row.push(f.escalations.byReason[r].automatic, f.escalations.byReason[r].manual);
    }
    for (const t of TIMER_KEYS) {
      const d = f.durations[t];
      row.push(d.count, minutes(d.meanMs), minutes(d.medianMs), minutes(d.p90Ms));
      for (const bin of f.distributions[t]) row.push(bin.count);
    }
    row.push(f.reopened, cell(f.reopenRate), f.complaints, f.satisfaction.surveys);
    for (const item of SATISFACTION_ITEMS) row.push(cell(f.satisfaction.items[item], 2));
    row.push(
      f.policyVersions.map((v) => `${v.contractId} v${v.version}`).join('; '),
      report.period.from,
      report.period.to,
      report.period.timeZone,
    );
    // Phase surveys are not tickets: their averages (all phases) are on the total row only.
    row.push(withPhases ? phases.surveys : '');
    for (const item of SATISFACTION_ITEMS) row.push(withPhases ? cell(phases.items[item], 2) : '');
    return row;
  };
  const rows = report.groups.map((g) => line(g.key, g.label, g));
  rows.push(line('total', 'all tickets (合计)', report.total, true));
  return { header, rows };
}
