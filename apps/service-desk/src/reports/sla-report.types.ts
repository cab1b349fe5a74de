import type { EscalationReason, SatisfactionItem } from '#domain';
import type { DurationStats } from './duration-stats.js';
import type { PhaseSatisfaction } from './phase-satisfaction.js';

export const GROUP_BYS = ['customer', 'contract', 'severity', 'engineer', 'warranty', 'month'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export type TimerKey = 'response' | 'onSite' | 'resolution';

/** One bar of a duration histogram: the durations d with fromMs < d ≤ toMs (the first bar from 0 on). */
export interface HistogramBin {
  fromMs: number;
  /** null for the last, open-ended bar. */
  toMs: number | null;
  count: number;
}

/** How many timers met their target among those already judged (met, or breached by the report's instant). */
export interface WithinTarget {
  met: number;
  judged: number;
  /** met / judged; null when nothing was judged yet. */
  share: number | null;
}

export interface Breaches {
  count: number;
  /** Counted time past the target, summed over the breaches (a running one up to the report's instant). */
  totalOverrunMs: number;
  maxOverrunMs: number | null;
}

/** The figures of one group of tickets (or of all of them). */
export interface SlaFigures {
  tickets: number;
  withinTarget: Record<TimerKey, WithinTarget>;
  breaches: Record<TimerKey, Breaches> & { tickets: number };
  escalations: { total: number; byReason: Record<EscalationReason, { automatic: number; manual: number }> };
  /** Time to respond / arrive / resolve: counted time of the completed timers. */
  durations: Record<TimerKey, DurationStats>;
  /** The same durations as a histogram over fixed bars (HISTOGRAM_EDGES). */
  distributions: Record<TimerKey, HistogramBin[]>;
  reopened: number;
  /** reopened / tickets. */
  reopenRate: number | null;
  /** Tickets of kind complaint (投诉, kind B). */
  complaints: number;
  satisfaction: {
    /** Tickets with a survey (the latest survey of a ticket counts). */
    surveys: number;
    overall: number | null;
    /** Mean score per item over the answers 1..5 (0, not applicable, is left out); null without answers. */
    items: Record<SatisfactionItem, number | null>;
  };
  /** The contracts' SLA policy versions that judged these tickets (each ticket by the version in force when it was reported). */
  policyVersions: PolicyVersion[];
}

export interface PolicyVersion {
  contractId: string;
  version: number;
}

export interface SlaGroup extends SlaFigures {
  key: string;
  label: string;
}

export interface SlaReport {
  period: { from: string; to: string; timeZone: string; name?: string };
  /** The instant at which still-running timers were judged (breached once past their due time). */
  asOf: string;
  groupBy: GroupBy | null;
  customerId?: string;
  total: SlaFigures;
  /** Phase satisfaction surveys answered in the period (of the customer when given): averages per item and phase. */
  phaseSurveys: PhaseSatisfaction;
  groups: SlaGroup[];
}
