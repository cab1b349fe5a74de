/** The shapes of GET /api/reports/* as this screen reads them (README "Reports"). */

export type Timer = 'response' | 'onSite' | 'resolution';
export const TIMERS: Timer[] = ['response', 'onSite', 'resolution'];

/** One bar of a duration histogram: durations d with fromMs < d ≤ toMs (toMs null: open-ended). */
export interface HistogramBin {
  fromMs: number;
  toMs: number | null;
  count: number;
}

export interface SlaFigures {
  key?: string;
  label?: string;
  tickets: number;
  withinTarget: Record<Timer, { met: number; judged: number; share: number | null }>;
  breaches: { tickets: number } & Record<
    Timer,
    { count: number; totalOverrunMs: number; maxOverrunMs: number | null }
  >;
  escalations: { total: number; byReason: Record<string, { automatic: number; manual: number }> };
  durations: Record<
    Timer,
    { count: number; meanMs: number | null; medianMs: number | null; p90Ms: number | null }
  >;
  distributions: Record<Timer, HistogramBin[]>;
  reopened: number;
  reopenRate: number | null;
  complaints: number;
  satisfaction: { surveys: number; overall: number | null; items: Record<string, number | null> };
}

export interface SlaReport {
  period: { from: string; to: string; timeZone: string; name?: string };
  asOf: string;
  groupBy: string | null;
  total: SlaFigures;
  groups?: SlaFigures[];
  phaseSurveys?: { surveys: number; items: Record<string, number | null> };
}

export interface BacklogRow {
  open: number;
  atRisk: number;
  breached: number;
}

export interface BacklogReport {
  asOf: string;
  timeZone: string;
  total: BacklogRow;
  byStatus: (BacklogRow & { status: string })[];
  byAge: (BacklogRow & { age: string })[];
  byEngineer: (BacklogRow & { engineerId: string | null; engineer: string })[];
}

export type PlanStatus = 'on_time' | 'late' | 'missed' | 'due';

export interface PlanPeriod {
  period: string;
  status: PlanStatus;
  dueBy: string;
  recordId?: string;
  doneAt?: string;
}

export interface PlanTotals {
  due: number;
  onTime: number;
  late: number;
  missed: number;
}

export interface ServicePlanReport {
  from: string;
  to: string;
  asOf: string;
  contracts: {
    contractId: string;
    customerId: string;
    name: string;
    planStartsIn: string;
    inspections: PlanPeriod[];
    revisits: PlanPeriod[];
    totals: { inspections: PlanTotals; revisits: PlanTotals };
  }[];
  totals: { inspections: PlanTotals; revisits: PlanTotals };
}
