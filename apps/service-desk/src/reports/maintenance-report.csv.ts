import type { MaintenanceReport } from './maintenance-report.js';

/**
 * The CSV of a maintenance report: one row per ticket of the period (the fault, cause and fix,
 * SLA per timer, escalations, satisfaction). The SLA summary, escalation and survey details are
 * in the JSON answer.
 */
export function maintenanceReportCsv(report: MaintenanceReport): { header: string[]; rows: unknown[][] } {
  const header = [
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
    'customer',
    'period',
  ];
  const rows = report.tickets.map((t) => [
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
    report.customer.name,
    report.period.name,
  ]);
  return { header, rows };
}
