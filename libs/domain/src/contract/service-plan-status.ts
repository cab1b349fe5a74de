import { instantMs, zonedIso } from '../shared/instant.js';
import { ValidationError } from '../shared/validation.error.js';
import type { ContractEvent } from './contract.events.js';
import { evolveContract, initialContractState } from './contract.state.js';
import { monthsBetween, periodBounds, quarterOfMonth, requireMonth } from './service-plan-period.js';

/**
 * due: the period is not over yet and nothing is recorded for it; on_time: recorded within the period;
 * late: recorded after the period, for it; missed: the period is over and nothing is recorded.
 */
export const SERVICE_PLAN_OUTCOMES = ['due', 'on_time', 'late', 'missed'] as const;
export type ServicePlanOutcome = (typeof SERVICE_PLAN_OUTCOMES)[number];

export interface ServicePlanPeriod {
  /** 'YYYY-MM' (inspections) or 'YYYY-Qn' (revisits), in the contract's zone. */
  period: string;
  status: ServicePlanOutcome;
  /** End of the period (exclusive), ISO in the contract's zone. */
  dueBy: string;
  /** The inspectionId or revisitId, when one is recorded. */
  recordId?: string;
  /** inspectedAt or revisitedAt, when one is recorded. */
  doneAt?: string;
}

export interface ServicePlanTotals {
  due: number;
  onTime: number;
  late: number;
  missed: number;
}

export interface ServicePlanStatus {
  contractId: string;
  timeZone: string;
  /** The plan starts with the month of final acceptance; earlier months are not listed. */
  planStartsIn: string;
  inspections: ServicePlanPeriod[];
  revisits: ServicePlanPeriod[];
  totals: { inspections: ServicePlanTotals; revisits: ServicePlanTotals };
}

const MAX_MONTHS = 120;

/**
 * The service plan of one contract from month `from` to month `to` (inclusive, 'YYYY-MM' in the
 * contract's zone) as of `now`: one inspection due per month, one revisit per quarter (every quarter
 * touching the range). Undefined when the events hold no registered contract.
 */
export function servicePlanStatus(
  events: readonly ContractEvent[],
  from: string,
  to: string,
  now: string,
): ServicePlanStatus | undefined {
  requireMonth(from, 'from');
  requireMonth(to, 'to');
  if (from > to) throw new ValidationError('to', 'must not be before from');
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS)
    throw new ValidationError('to', `must be at most ${MAX_MONTHS} months after from`);
  const nowMs = instantMs(now, 'now');
  const state = events.reduce(evolveContract, initialContractState());
  if (state.status === 'not_registered') return undefined;
  const zone = state.timeZone;
  const planStartsIn = state.finalAcceptanceDate.slice(0, 7);

  const inspections = new Map<string, { id: string; at: string }>();
  const revisits = new Map<string, { id: string; at: string }>();
  for (const event of events) {
    if (event.type === 'InspectionRecorded') {
      inspections.set(event.data.period, { id: event.data.inspectionId, at: event.data.inspectedAt });
    } else if (event.type === 'RevisitRecorded') {
      revisits.set(event.data.period, { id: event.data.revisitId, at: event.data.revisitedAt });
    }
  }

  const planMonths = months.filter((m) => m >= planStartsIn);
  const quarters = [...new Set(planMonths.map(quarterOfMonth))];
  const planQuarters = quarters.filter((q) => q >= quarterOfMonth(planStartsIn));
  const inspectionRows = planMonths.map((p) => row(p, inspections.get(p), zone, nowMs));
  const revisitRows = planQuarters.map((p) => row(p, revisits.get(p), zone, nowMs));
  return {
    contractId: state.contractId,
    timeZone: zone,
    planStartsIn,
    inspections: inspectionRows,
    revisits: revisitRows,
    totals: { inspections: totals(inspectionRows), revisits: totals(revisitRows) },
  };
}

function row(
  period: string,
  record: { id: string; at: string } | undefined,
  zone: string,
  nowMs: number,
): ServicePlanPeriod {
  const { endMs } = periodBounds(period, zone);
  const dueBy = zonedIso(endMs, zone);
  if (!record) return { period, status: endMs <= nowMs ? 'missed' : 'due', dueBy };
  const doneMs = instantMs(record.at, 'doneAt');
  return {
    period,
    status: doneMs < endMs ? 'on_time' : 'late',
    dueBy,
    recordId: record.id,
    doneAt: record.at,
  };
}

function totals(rows: readonly ServicePlanPeriod[]): ServicePlanTotals {
  const count = (s: ServicePlanOutcome) => rows.filter((r) => r.status === s).length;
  return { due: count('due'), onTime: count('on_time'), late: count('late'), missed: count('missed') };
}
