import { instantMs } from '../shared/instant.js';
import { durationMs, positiveDurationMs } from '../shared/iso-duration.js';
import { SEVERITIES, type Severity } from '../shared/severity.js';
import { ValidationError } from '../shared/validation.error.js';
import { requireCalendar, type SlaCalendar } from './business-calendar.js';

export type SeverityKey = `${Severity}`;

/** Targets of one severity, as ISO 8601 durations (e.g. 'PT30M', 'PT5S'). */
export interface SlaTargets {
  /** From the report time until Responded. */
  response: string;
  /** From DispatchedOnSite until ArrivedOnSite. */
  onSite: string;
  /** From the report time until Resolved. */
  resolution: string;
}

/** A complete SLA policy, as stored in SlaPolicySet and snapshotted into FaultReported. */
export interface SlaPolicy {
  targets: Record<SeverityKey, SlaTargets>;
  /** A running timer is at risk once this share of its target has passed (0 < share < 1). */
  atRiskShare: number;
  calendar: SlaCalendar;
  /** How long the customer has to confirm or reject a fix (wall-clock), for the SLA watchman. */
  confirmationWindow: string;
  /**
   * How long a level-1 escalation may stay unanswered (no action by a service manager or
   * headquarters) before the SLA watchman takes it to headquarters (wall-clock). Absent in
   * policies set before it existed: DEFAULT_ESCALATION_ANSWER_WINDOW applies.
   */
  escalationAnswerWindow?: string;
}

/** What an admin gives; anything left out takes the default of DOMAIN.md. */
export interface SlaPolicyInput {
  /** Targets for every severity not overridden below. */
  defaults?: Partial<SlaTargets>;
  severities?: Partial<Record<SeverityKey, Partial<SlaTargets>>>;
  atRiskShare?: number;
  calendar?: SlaCalendar;
  confirmationWindow?: string;
  escalationAnswerWindow?: string;
}

/** A policy with the version it has in its contract's stream and the instant it takes effect. */
export interface VersionedSlaPolicy {
  version: number;
  effectiveFrom: string;
  policy: SlaPolicy;
}

export const DEFAULT_SLA_TARGETS: SlaTargets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
export const DEFAULT_AT_RISK_SHARE = 0.8;
export const DEFAULT_CONFIRMATION_WINDOW = 'PT24H';
export const DEFAULT_ESCALATION_ANSWER_WINDOW = 'PT2H';

export const DEFAULT_SLA_POLICY: SlaPolicy = buildSlaPolicy({});

/** Validates the input and fills in the defaults; throws ValidationError naming the field. */
export function buildSlaPolicy(input: SlaPolicyInput, field = 'policy'): SlaPolicy {
  if (input === null || typeof input !== 'object') throw new ValidationError(field, 'must be an object');
  const defaults = targetsWith(DEFAULT_SLA_TARGETS, input.defaults, `${field}.defaults`);
  const severities = input.severities ?? {};
  for (const key of Object.keys(severities)) {
    if (!SEVERITIES.map(String).includes(key))
      throw new ValidationError(`${field}.severities.${key}`, 'is not 1..4');
  }
  const targets = Object.fromEntries(
    SEVERITIES.map((s) => [String(s), targetsWith(defaults, severities[`${s}`], `${field}.severities.${s}`)]),
  ) as Record<SeverityKey, SlaTargets>;
  const share = input.atRiskShare ?? DEFAULT_AT_RISK_SHARE;
  if (typeof share !== 'number' || !(share > 0 && share < 1)) {
    throw new ValidationError(`${field}.atRiskShare`, 'must be a number between 0 and 1 (exclusive)');
  }
  const confirmationWindow = input.confirmationWindow ?? DEFAULT_CONFIRMATION_WINDOW;
  positiveDurationMs(confirmationWindow, `${field}.confirmationWindow`);
  const calendar = requireCalendar(input.calendar ?? '24x7', `${field}.calendar`);
  const policy: SlaPolicy = { targets, atRiskShare: share, calendar, confirmationWindow };
  if (input.escalationAnswerWindow !== undefined) {
    positiveDurationMs(input.escalationAnswerWindow, `${field}.escalationAnswerWindow`);
    policy.escalationAnswerWindow = input.escalationAnswerWindow;
  }
  return policy;
}

/** A complete policy as stored (every severity's three targets present); throws ValidationError. */
export function requireSlaPolicy(value: unknown, field: string): SlaPolicy {
  if (value === null || typeof value !== 'object') throw new ValidationError(field, 'must be an SLA policy');
  const p = value as Partial<SlaPolicy>;
  if (p.targets === null || typeof p.targets !== 'object')
    throw new ValidationError(`${field}.targets`, 'must be an object');
  for (const s of SEVERITIES) {
    const t = p.targets[`${s}`] as Partial<SlaTargets> | undefined;
    if (t === null || typeof t !== 'object')
      throw new ValidationError(`${field}.targets.${s}`, 'must be given');
    for (const key of ['response', 'onSite', 'resolution'] as const) {
      positiveDurationMs(t[key], `${field}.targets.${s}.${key}`);
    }
  }
  const input = { severities: p.targets, atRiskShare: p.atRiskShare, calendar: p.calendar };
  const windows = {
    confirmationWindow: p.confirmationWindow,
    escalationAnswerWindow: p.escalationAnswerWindow,
  };
  return buildSlaPolicy({ ...input, ...windows }, field);
}

/** Policy versions as ContractTerms carries them: at least one, each with version, effectiveFrom and policy. */
export function requireVersionedPolicies(value: unknown, field: string): VersionedSlaPolicy[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new ValidationError(field, 'must hold at least one SLA policy version');
  return value.map((item: unknown, i) => {
    const v = (item ?? {}) as Partial<VersionedSlaPolicy>;
    if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) {
      throw new ValidationError(`${field}[${i}].version`, 'must be a whole number of at least 1');
    }
    instantMs(v.effectiveFrom, `${field}[${i}].effectiveFrom`);
    return {
      version: v.version,
      effectiveFrom: v.effectiveFrom as string,
      policy: requireSlaPolicy(v.policy, `${field}[${i}].policy`),
    };
  });
}

/** The escalation answer window of a policy, in milliseconds (the default when the policy has none). */
export function escalationAnswerWindowMs(policy: SlaPolicy): number {
  const window = policy.escalationAnswerWindow ?? DEFAULT_ESCALATION_ANSWER_WINDOW;
  return durationMs(window, 'policy.escalationAnswerWindow');
}

export function targetsFor(policy: SlaPolicy, severity: Severity): SlaTargets {
  return policy.targets[`${severity}`];
}

/** The target of one timer for one severity, in milliseconds. */
export function targetMs(policy: SlaPolicy, severity: Severity, timer: keyof SlaTargets): number {
  return durationMs(targetsFor(policy, severity)[timer], `policy.targets.${severity}.${timer}`);
}

/**
 * The version in force at an instant: the latest whose effectiveFrom is not after it.
 * An instant before every version is judged by the first one.
 */
export function slaPolicyInForce(policies: readonly VersionedSlaPolicy[], atMs: number): VersionedSlaPolicy {
  if (policies.length === 0) throw new ValidationError('slaPolicies', 'must hold at least one version');
  const sorted = [...policies].sort((a, b) => a.version - b.version);
  return sorted.filter((p) => Date.parse(p.effectiveFrom) <= atMs).at(-1) ?? sorted[0];
}

function targetsWith(base: SlaTargets, override: Partial<SlaTargets> | undefined, field: string): SlaTargets {
  if (override === undefined) return base;
  if (override === null || typeof override !== 'object')
    throw new ValidationError(field, 'must be an object');
  const result = { ...base, ...override };
  for (const key of ['response', 'onSite', 'resolution'] as const)
    positiveDurationMs(result[key], `${field}.${key}`);
  return { response: result.response, onSite: result.onSite, resolution: result.resolution };
}
