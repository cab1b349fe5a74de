import { IMPLEMENTATION_PHASES, SATISFACTION_ITEMS, type SatisfactionItem } from '#domain';
import type { MaintenanceReport } from './maintenance-report.js';
import type { ItemAverages } from './phase-satisfaction.js';
import { cell } from './report-format.js';

const TICKET_COLUMNS = [
  'service_no',
  'reported_at',
  'severity',
  'kind',
  'status',
  'warranty',
  'product',
  'product_version',
  'description',
  'cause',
  'measures',
  'resolution',
  'category',
  'resolved_at',
  'engineer_id',
  'response',
  'on_site',
  'resolution_sla',
  'reopened',
  'escalations',
  'satisfaction_overall',
];
const PLAN_COLUMNS = [
  'contract',
  'plan_period',
  'plan_status',
  'due_by',
  'done_at',
  'done_by',
  'record',
  'phase',
  'surveys',
];
const SCORE_COLUMNS = SATISFACTION_ITEMS.map((item) => `score_${item}`);

/** Findings or answers as one readable cell: "key: text; key: text". */
const text = (record: object | undefined): string =>
  record === undefined
    ? ''
    : Object.entries(record)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('; ');

/**
 * The CSV of a maintenance report: one table whose first column `section` says what a row is:
 * `ticket` (the fault, cause and fix, SLA per timer, escalations, satisfaction), `inspection`
 * (contract, month, status, done at and by whom, findings in `record`), `revisit` (the quarter,
 * answers in `record`), `phase_survey` (phase, respondent in done_by, scores), then the averages:
 * `satisfaction_tickets`, `satisfaction_phases` and one `satisfaction_phase` row per phase (0, not
 * applicable, left out; empty without answers). Cells a section does not use are empty.
 */
export function maintenanceReportCsv(report: MaintenanceReport): { header: string[]; rows: unknown[][] } {
  const header = ['section', ...TICKET_COLUMNS, ...PLAN_COLUMNS, ...SCORE_COLUMNS, 'customer', 'period'];
  const blankTicket = TICKET_COLUMNS.map(() => '');
  const noScores = SCORE_COLUMNS.map(() => '');
  const tail = [report.customer.name, report.period.name];
  const plan = (values: Partial<Record<(typeof PLAN_COLUMNS)[number], unknown>>) =>
    PLAN_COLUMNS.map((c) => values[c] ?? '');
  const scores = (of: Partial<Record<SatisfactionItem, number | null>>, digits = 2) =>
    SATISFACTION_ITEMS.map((item) => cell(of[item], digits));

  const rows: unknown[][] = report.tickets.map((t) => [
    'ticket',
    t.serviceNo,
    t.reportedAt,
    t.severity,
    t.kind,
    t.status,
    t.warranty,
    t.product?.name ?? '',
    t.product?.version ?? '',
    t.description,
    t.cause ?? '',
    t.measures ?? '',
    t.resolution ?? '',
    t.category ?? '',
    t.resolvedAt ?? '',
    t.engineerId ?? '',
    t.sla.response,
    t.sla.onSite,
    t.sla.resolution,
    t.reopened,
    t.escalations,
    t.satisfaction ?? '',
    ...PLAN_COLUMNS.map(() => ''),
    ...noScores,
    ...tail,
  ]);
  for (const i of report.inspections) {
    const at = { contract: i.contract, plan_period: i.period, plan_status: i.status, due_by: i.dueBy };
    const done = { done_at: i.doneAt, done_by: i.inspectorId, record: text(i.findings) };
    rows.push(['inspection', ...blankTicket, ...plan({ ...at, ...done }), ...noScores, ...tail]);
  }
  for (const r of report.revisits) {
    const at = { contract: r.contract, plan_period: r.period, plan_status: r.status, due_by: r.dueBy };
    const done = { done_at: r.doneAt, done_by: r.contactName, record: text(r.answers) };
    rows.push(['revisit', ...blankTicket, ...plan({ ...at, ...done }), ...noScores, ...tail]);
  }
  for (const s of report.phaseSurveys) {
    const row = plan({
      contract: s.contract,
      done_at: s.surveyedAt,
      done_by: s.respondent,
      record: s.comments,
      phase: s.phase,
    });
    rows.push(['phase_survey', ...blankTicket, ...row, ...scores(s.scores, 0), ...tail]);
  }
  const average = (section: string, phase: string, surveys: number, items: ItemAverages) => [
    section,
    ...blankTicket,
    ...plan({ phase, surveys }),
    ...scores(items),
    ...tail,
  ];
  const { tickets, phases } = report.satisfaction;
  rows.push(average('satisfaction_tickets', '', tickets.surveys, tickets.items));
  rows.push(average('satisfaction_phases', '', phases.surveys, phases.items));
  for (const phase of IMPLEMENTATION_PHASES) {
    const p = phases.byPhase[phase];
    rows.push(average('satisfaction_phase', phase, p.surveys, p.items));
  }
  return { header, rows };
}
