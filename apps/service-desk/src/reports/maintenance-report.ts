import { IMPLEMENTATION_PHASES, zonedIso } from '#domain';
import type { Kysely } from 'kysely';
import type {
  EscalationLevel,
  EscalationReason,
  FaultReportedData,
  ResolvedData,
  SatisfactionScores,
  TicketEvent,
} from '#domain';
import type { SlaFactsDb } from '#projections';
import type {
  CustomerServicePlan,
  MaintenanceInspection,
  MaintenancePhaseSurvey,
  MaintenanceRevisit,
} from './customer-service-plan.js';
import { itemAverages } from './item-averages.js';
import type { ItemAverages } from './phase-satisfaction.js';
import { type ReportPeriod } from './report-period.js';
import { slaReport } from './sla-report.js';
import type { SlaFigures, TimerKey } from './sla-report.types.js';
import { timerStatuses, type TimerStatus } from './timer-status.js';

/** One ticket of the period as the maintenance report lists it: the fault, its cause and fix, its SLA. */

/** 月度 (a month's report) / 季度 (a quarter's). */
export const MAINTENANCE_REPORT_KINDS = ['monthly', 'quarterly'] as const;
export interface MaintenanceTicket {
  ticketId: string;
  serviceNo: string;
  reportedAt: string;
  severity: number;
  kind: string;
  status: string;
  warranty: string;
  product: FaultReportedData['product'];
  description: string;
  /** 分析原因 / 采取措施 / resolution of the latest fix; absent while unresolved. */
  cause?: string;
  measures?: string;
  resolution?: string;
  category?: string;
  resolvedAt?: string;
  engineerId: string | null;
  sla: Record<TimerKey, TimerStatus>;
  reopened: number;
  escalations: number;
  /** Overall score (1..5) of the latest survey. */
  satisfaction?: number;
}

export interface MaintenanceEscalation {
  serviceNo: string;
  level: EscalationLevel;
  reason: EscalationReason;
  automatic: boolean;
  to: string;
  at: string;
  note?: string;
}

export interface MaintenanceSurvey {
  serviceNo: string;
  at: string;
  scores: SatisfactionScores;
  comments?: string;
  respondent?: string;
}

export interface MaintenanceReport {
  kind: (typeof MAINTENANCE_REPORT_KINDS)[number];
  customer: { id: string; name: string };
  period: SlaFiguresPeriod;
  asOf: string;
  tickets: MaintenanceTicket[];
  /** The SLA figures of this customer's tickets reported in the period (as GET /api/reports/sla). */
  sla: SlaFigures;
  escalations: MaintenanceEscalation[];
  surveys: MaintenanceSurvey[];
  /** The period's monthly inspections, per contract and month, with status and findings. */
  inspections: MaintenanceInspection[];
  /** The quarter's revisit per contract (of the month's quarter in a monthly report), with the answers. */
  revisits: MaintenanceRevisit[];
  /** Phase satisfaction surveys answered in the period. */
  phaseSurveys: MaintenancePhaseSurvey[];
  /** Averages per item (0, not applicable, left out): ticket surveys, phase surveys in all and per phase. */
  satisfaction: MaintenanceSatisfaction;
}

export interface MaintenanceSatisfaction {
  tickets: { surveys: number; items: ItemAverages };
  phases: {
    surveys: number;
    items: ItemAverages;
    byPhase: Record<(typeof IMPLEMENTATION_PHASES)[number], { surveys: number; items: ItemAverages }>;
  };
}

/** Averages of the ticket surveys and of the phase surveys listed in the report. */
export function maintenanceSatisfaction(
  surveys: readonly MaintenanceSurvey[],
  phaseSurveys: readonly MaintenancePhaseSurvey[],
): MaintenanceSatisfaction {
  const byPhase = Object.fromEntries(
    IMPLEMENTATION_PHASES.map((phase) => {
      const of = phaseSurveys.filter((s) => s.phase === phase).map((s) => s.scores);
      return [phase, { surveys: of.length, items: itemAverages(of) }];
    }),
  ) as MaintenanceSatisfaction['phases']['byPhase'];
  return {
    tickets: { surveys: surveys.length, items: itemAverages(surveys.map((s) => s.scores)) },
    phases: {
      surveys: phaseSurveys.length,
      items: itemAverages(phaseSurveys.map((s) => s.scores)),
      byPhase,
    },
  };
}

type SlaFiguresPeriod = { name: string; from: string; to: string; timeZone: string };

/**
 * The monthly or quarterly maintenance report (月度/季度维护报告) of one customer: the tickets
 * reported in the period with cause and fix, the SLA figures, the escalations and the surveys,
 * the inspections, revisits and phase surveys of its contracts (`plan`), and the averages.
 * Escalations and ticket surveys are those of the period's tickets.
 */
export async function maintenanceReport(
  db: Kysely<SlaFactsDb>,
  customer: { id: string; name: string },
  period: ReportPeriod & { name: string },
  nowMs: number,
  plan: CustomerServicePlan,
): Promise<MaintenanceReport> {
  const rows = await db
    .selectFrom('sla_facts')
    .innerJoin('sla_ticket_history', 'sla_ticket_history.ticket_id', 'sla_facts.ticket_id')
    .selectAll('sla_facts')
    .select('sla_ticket_history.events')
    .where('customer_id', '=', customer.id)
    .where('reported_at', '>=', period.fromMs)
    .where('reported_at', '<', period.toMs)
    .orderBy('reported_at')
    .orderBy('service_no')
    .execute();
  const zone = period.timeZone;
  const at = (iso: string) => zonedIso(Date.parse(iso), zone);
  const tickets: MaintenanceTicket[] = [];
  const escalations: MaintenanceEscalation[] = [];
  const surveys: MaintenanceSurvey[] = [];
  for (const row of rows) {
    const events = JSON.parse(row.events) as TicketEvent[];
    const reported = events[0].data as FaultReportedData;
    let fix: ResolvedData | undefined;
    let satisfaction: number | undefined;
    for (const event of events) {
      if (event.type === 'Resolved') fix = event.data;
      if (event.type === 'Escalated') {
        const { level, reason, automatic, to, escalatedAt, note } = event.data;
        escalations.push({
          serviceNo: row.service_no,
          level,
          reason,
          automatic,
          to,
          at: at(escalatedAt),
          note,
        });
      }
      if (event.type === 'SatisfactionRecorded') {
        const { scores, comments, respondent, surveyedAt } = event.data;
        surveys.push({ serviceNo: row.service_no, at: at(surveyedAt), scores, comments, respondent });
        satisfaction = scores.overall;
      }
    }
    tickets.push({
      ticketId: row.ticket_id,
      serviceNo: row.service_no,
      reportedAt: zonedIso(Number(row.reported_at), zone),
      severity: Number(row.severity),
      kind: row.kind,
      status: row.status,
      warranty: row.warranty,
      product: reported.product,
      description: reported.description,
      ...(fix && {
        cause: fix.cause,
        measures: fix.measures,
        resolution: fix.resolution,
        category: fix.category,
        resolvedAt: at(fix.resolvedAt),
      }),
      engineerId: row.engineer_id,
      sla: timerStatuses(row, nowMs),
      reopened: Number(row.reopen_count),
      escalations: Number(row.escalations),
      ...(satisfaction !== undefined && { satisfaction }),
    });
  }
  const sla = await slaReport(db, { period, groupBy: null, asOfMs: nowMs, customerId: customer.id });
  return {
    kind: period.name.includes('Q') ? 'quarterly' : 'monthly',
    customer,
    period: { name: period.name, ...sla.period },
    asOf: sla.asOf,
    tickets,
    sla: sla.total,
    escalations,
    surveys,
    inspections: plan.inspections,
    revisits: plan.revisits,
    phaseSurveys: plan.phaseSurveys,
    satisfaction: maintenanceSatisfaction(surveys, plan.phaseSurveys),
  };
}
