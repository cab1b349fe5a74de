import { requireAfterRegistration } from '../shared/backdating.js';
import { contractRegisteredAt } from './contract-terms.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import type { Actor } from '../shared/actor.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { instantMs, zonedIso } from '../shared/instant.js';
import { fieldsOf, requireText } from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import type { RecordInspectionData, RecordRevisitData } from './contract.commands.js';
import {
  INSPECTION_FINDINGS,
  REVISIT_ANSWERS,
  type ContractEvent,
  type InspectionRecordedData,
  type ServicePlanKind,
} from './contract.events.js';
import type { Contract } from './contract.state.js';
import { monthOf, periodBounds, quarterOf, requireMonth, requireQuarter } from './service-plan-period.js';

function texts<K extends string>(input: unknown, keys: readonly K[], field: string): Record<K, string> {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new ValidationError(field, 'must be an object');
  const source = input as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, requireText(source[k], `${field}.${k}`)])) as Record<
    K,
    string
  >;
}

/** The business instant of the record: given (not after now) or now. */
function recordedAtMs(value: unknown, field: string, nowMs: number): number {
  if (value === undefined) return nowMs;
  const ms = instantMs(value, field);
  if (ms > nowMs) throw new ValidationError(field, 'must not lie in the future');
  return ms;
}

/** How the two kinds of record name their id and instant in the command, and count their periods. */
const KINDS = {
  inspection: {
    id: 'inspectionId',
    at: 'inspectedAt',
    periodOf: monthOf,
    requirePeriod: requireMonth,
    recorded: 'inspectedPeriods',
  },
  revisit: {
    id: 'revisitId',
    at: 'revisitedAt',
    periodOf: quarterOf,
    requirePeriod: requireQuarter,
    recorded: 'revisitedPeriods',
  },
} as const satisfies Record<ServicePlanKind, unknown>;

/**
 * A record's id, its business instant (given, not after now, or now) and its period (given, or the
 * month or quarter of the instant in the contract's zone).
 */
function recordBasics(
  kind: ServicePlanKind,
  data: RecordInspectionData | RecordRevisitData,
  contract: Contract,
  nowMs: number,
): { id: string; atMs: number; period: string } {
  const names = KINDS[kind];
  const given = fieldsOf(data);
  const id = requireText(given[names.id], `data.${names.id}`, 200);
  const atMs = recordedAtMs(given[names.at], `data.${names.at}`, nowMs);
  requireAfterRegistration(atMs, contractRegisteredAt(contract), names.at);
  const period =
    data.period === undefined
      ? names.periodOf(atMs, contract.timeZone)
      : names.requirePeriod(data.period, 'data.period');
  return { id, atMs, period };
}

/** A period may be recorded late, never before it has begun, and only once. */
function assertOpen(kind: ServicePlanKind, period: string, atMs: number, contract: Contract): void {
  if (periodBounds(period, contract.timeZone).startMs > atMs) {
    throw new RuleViolationError(
      'period_not_started',
      `The ${kind} for ${period} cannot be recorded before ${period} begins`,
    );
  }
  if (contract[KINDS[kind].recorded].includes(period)) {
    throw new AlreadyExistsError(`${kind} for`, `${contract.contractId} ${period}`);
  }
}

/**
 * One inspection per month, by the fixed expert; someone else only with a manager's override
 * (`override.reason`). A second inspection for the same month is refused (409): history is never
 * rewritten, and a correction would be its own event.
 */
export function recordInspection(
  data: RecordInspectionData,
  contract: Contract,
  actor: Actor,
  nowMs: number,
): ContractEvent[] {
  const { id: inspectionId, atMs, period } = recordBasics('inspection', data, contract, nowMs);
  const inspectorId =
    data.inspectorId === undefined ? actor.id : requireText(data.inspectorId, 'data.inspectorId', 200);
  const findings = texts(data.findings, INSPECTION_FINDINGS, 'data.findings');
  if (actor.role !== 'manager' && inspectorId !== actor.id) {
    throw new ForbiddenError(actor.role, 'RecordInspection for someone else');
  }
  let override: InspectionRecordedData['override'];
  if (data.override !== undefined) {
    if (actor.role !== 'manager') {
      throw new RuleViolationError(
        'override_requires_manager',
        'Only a manager may override the fixed inspection expert',
      );
    }
    const reason = requireText(
      (data.override as { reason?: unknown } | null)?.reason,
      'data.override.reason',
    );
    override = { by: actor.id, reason };
  }
  if (inspectorId !== contract.inspectionExpertId && override === undefined) {
    throw new RuleViolationError(
      'inspection_by_fixed_expert',
      `Inspections of this contract are made by its fixed expert ${contract.inspectionExpertId}; ` +
        "someone else needs a manager's override with a reason",
    );
  }
  assertOpen('inspection', period, atMs, contract);
  const recorded: InspectionRecordedData = {
    contractId: contract.contractId,
    inspectionId,
    period,
    inspectorId,
    findings,
    ...(override && { override }),
    inspectedAt: zonedIso(atMs, contract.timeZone),
    recordedBy: actor.id,
  };
  return [{ type: 'InspectionRecorded', data: recorded }];
}

/** One revisit per quarter with the customer's answers; a second for the same quarter is refused (409). */
export function recordRevisit(
  data: RecordRevisitData,
  contract: Contract,
  actor: Actor,
  nowMs: number,
): ContractEvent[] {
  const { id: revisitId, atMs, period } = recordBasics('revisit', data, contract, nowMs);
  const answers = texts(data.answers, REVISIT_ANSWERS, 'data.answers');
  const contactName = requireText(data.contactName, 'data.contactName', 200);
  assertOpen('revisit', period, atMs, contract);
  return [
    {
      type: 'RevisitRecorded',
      data: {
        contractId: contract.contractId,
        revisitId,
        period,
        answers,
        contactName,
        revisitedAt: zonedIso(atMs, contract.timeZone),
        recordedBy: actor.id,
      },
    },
  ];
}
