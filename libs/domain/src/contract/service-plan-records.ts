import { AlreadyExistsError } from '../shared/already-exists.error.js';
import type { Actor } from '../shared/actor.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { instantMs, zonedIso } from '../shared/instant.js';
import { requireText } from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import type { RecordInspectionData, RecordRevisitData } from './contract.commands.js';
import type {
  ContractEvent,
  InspectionFindings,
  InspectionRecordedData,
  RevisitAnswers,
} from './contract.events.js';
import type { Contract } from './contract.state.js';
import { monthOf, periodBounds, quarterOf, requireMonth, requireQuarter } from './service-plan-period.js';

/** What an inspection finds (巡检记录), in the order of the written report. */
export const INSPECTION_FINDINGS: readonly (keyof InspectionFindings)[] = [
  'runningStatus',
  'environment',
  'versions',
  'hiddenRisks',
  'recommendations',
];
/** What a revisit asks the customer (回访记录), in the order of the written record. */
export const REVISIT_ANSWERS: readonly (keyof RevisitAnswers)[] = [
  'serviceSystemView',
  'trainingView',
  'systemRunningView',
  'environmentCheck',
  'versionAnalysis',
  'hiddenRisks',
];

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

/** A period may be recorded late, never before it has begun. */
function assertStarted(period: string, atMs: number, contract: Contract, what: string): void {
  if (periodBounds(period, contract.timeZone).startMs > atMs) {
    throw new RuleViolationError(
      'period_not_started',
      `The ${what} for ${period} cannot be recorded before ${period} begins`,
    );
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
  const inspectionId = requireText(data.inspectionId, 'data.inspectionId', 200);
  const atMs = recordedAtMs(data.inspectedAt, 'data.inspectedAt', nowMs);
  const period =
    data.period === undefined ? monthOf(atMs, contract.timeZone) : requireMonth(data.period, 'data.period');
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
  assertStarted(period, atMs, contract, 'inspection');
  if (contract.inspectedPeriods.includes(period)) {
    throw new AlreadyExistsError('inspection for', `${contract.contractId} ${period}`);
  }
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
  const revisitId = requireText(data.revisitId, 'data.revisitId', 200);
  const atMs = recordedAtMs(data.revisitedAt, 'data.revisitedAt', nowMs);
  const period =
    data.period === undefined
      ? quarterOf(atMs, contract.timeZone)
      : requireQuarter(data.period, 'data.period');
  const answers = texts(data.answers, REVISIT_ANSWERS, 'data.answers');
  const contactName = requireText(data.contactName, 'data.contactName', 200);
  assertStarted(period, atMs, contract, 'revisit');
  if (contract.revisitedPeriods.includes(period)) {
    throw new AlreadyExistsError('revisit for', `${contract.contractId} ${period}`);
  }
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
