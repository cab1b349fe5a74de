import type { BacklogReport } from './backlog-report.js';

/** The CSV of the backlog: one row per status, age bucket and engineer, then the total. */
export function backlogReportCsv(report: BacklogReport): { header: string[]; rows: unknown[][] } {
  const header = ['dimension', 'key', 'label', 'open', 'at_risk', 'breached', 'as_of'];
  const rows: unknown[][] = [];
  for (const s of report.byStatus) rows.push(['status', s.status, s.status, s.open, s.atRisk, s.breached]);
  for (const a of report.byAge) rows.push(['age', a.age, a.age, a.open, a.atRisk, a.breached]);
  for (const e of report.byEngineer) {
    rows.push(['engineer', e.engineerId ?? '', e.engineer, e.open, e.atRisk, e.breached]);
  }
  const t = report.total;
  rows.push(['total', 'total', 'all open tickets (合计)', t.open, t.atRisk, t.breached]);
  for (const row of rows) row.push(report.asOf);
  return { header, rows };
}
