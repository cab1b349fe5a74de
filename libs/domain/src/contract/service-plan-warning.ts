import { zonedIso } from '../shared/instant.js';
import { requireOneOf } from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import type { WarnServicePlanMissedData } from './contract.commands.js';
import { SERVICE_PLAN_KINDS, type ContractEvent, type ServicePlanKind } from './contract.events.js';
import type { Contract } from './contract.state.js';
import {
  monthOf,
  monthsBetween,
  periodBounds,
  quarterOfMonth,
  requireMonth,
  requireQuarter,
} from './service-plan-period.js';

/** A period of the plan the watchman should warn about. */
export interface ServicePlanWarningDue {
  kind: ServicePlanKind;
  period: string;
}

const recorded = (contract: Contract, kind: ServicePlanKind, period: string) =>
  (kind === 'inspection' ? contract.inspectedPeriods : contract.revisitedPeriods).includes(period);

const warned = (contract: Contract, kind: ServicePlanKind, period: string) =>
  contract.warnedPeriods.includes(`${kind}:${period}`);

/**
 * The watchman's warning for a period that ended without its record. Refused before the period is
 * over or outside the plan; nothing when the period has its record or was warned about already
 * (so a retry, a restart or a second watchman appends nothing).
 */
export function warnServicePlanMissed(
  data: WarnServicePlanMissedData,
  contract: Contract,
  nowMs: number,
): ContractEvent[] {
  const kind = requireOneOf(data.kind, SERVICE_PLAN_KINDS, 'data.kind');
  const period =
    kind === 'inspection'
      ? requireMonth(data.period, 'data.period')
      : requireQuarter(data.period, 'data.period');
  const planStartsIn = contract.finalAcceptanceDate.slice(0, 7);
  const firstPeriod = kind === 'inspection' ? planStartsIn : quarterOfMonth(planStartsIn);
  if (period < firstPeriod) {
    throw new RuleViolationError('period_before_plan', `The service plan starts in ${planStartsIn}`);
  }
  const { endMs } = periodBounds(period, contract.timeZone);
  if (endMs > nowMs) throw new RuleViolationError('period_not_over', `${period} is not over yet`);
  if (recorded(contract, kind, period) || warned(contract, kind, period)) return [];
  const expertId = contract.inspectionExpertId;
  return [
    {
      type: 'ServicePlanPeriodMissed',
      data: {
        contractId: contract.contractId,
        kind,
        period,
        dueBy: zonedIso(endMs, contract.timeZone),
        expertId,
        notify: [expertId, 'manager'],
        warnedAt: zonedIso(nowMs, contract.timeZone),
      },
    },
  ];
}

/**
 * The periods that ended after `sinceMs` (the contract's registration: periods already over when
 * the contract was entered show as missed in reports, but are not news to warn about) and by
 * `nowMs`, without a record and without a warning; oldest first, inspections before revisits.
 */
export function servicePlanWarningsDue(
  contract: Contract,
  sinceMs: number,
  nowMs: number,
): ServicePlanWarningDue[] {
  const zone = contract.timeZone;
  const planStartsIn = contract.finalAcceptanceDate.slice(0, 7);
  const since = monthOf(sinceMs, zone);
  const from = since > planStartsIn ? since : planStartsIn;
  const to = monthOf(nowMs, zone);
  if (from > to) return [];
  const ended = (period: string) => {
    const { endMs } = periodBounds(period, zone);
    return endMs > sinceMs && endMs <= nowMs;
  };
  const months = monthsBetween(from, to).filter(ended);
  const quarters = [...new Set(monthsBetween(from, to).map(quarterOfMonth))].filter(
    (q) => q >= quarterOfMonth(planStartsIn) && ended(q),
  );
  const due: ServicePlanWarningDue[] = [];
  for (const period of months) {
    if (!recorded(contract, 'inspection', period) && !warned(contract, 'inspection', period))
      due.push({ kind: 'inspection', period });
  }
  for (const period of quarters) {
    if (!recorded(contract, 'revisit', period) && !warned(contract, 'revisit', period))
      due.push({ kind: 'revisit', period });
  }
  return due;
}

/** The next instant a period of the plan ends (the end of the current month in the contract's zone). */
export function nextServicePlanCheck(contract: Contract, nowMs: number): number {
  return periodBounds(monthOf(nowMs, contract.timeZone), contract.timeZone).endMs;
}
