import { BackdatingError } from './backdating.error.js';
import { instantMs } from './instant.js';
import { ValidationError } from './validation.error.js';

/** A customer contact may date a report (or an answer) back this far: the time the form was opened. */
export const CUSTOMER_BACKDATING_MS = 15 * 60_000;

/** How far back business time may be entered, set by the operator (BACKDATED_MAX_HOURS, BACKDATED_TOLERANCE_SECONDS). */
export interface BackdatingRule {
  /** How far back staff may date an entry. */
  staffMaxMs: number;
  /** Beyond this an entry shows as back-dated and needs a reason. */
  reasonAfterMs: number;
}

export interface BackdatedEntry {
  /** The business instant entered, and the server's clock, in epoch ms. */
  occurredMs: number;
  nowMs: number;
  /** The author's role: 'customer' gets CUSTOMER_BACKDATING_MS, the system is not bounded. */
  role: string;
  /** Why it is entered after the fact. */
  reason?: string;
  /** The input field that gave the instant, e.g. 'reportedAt'. */
  field: string;
}

const MAX_REASON = 2000;

/**
 * Checks a business time entered after the fact against the rule: a customer contact at most 15
 * minutes back, staff at most `staffMaxMs`, and with a reason once beyond `reasonAfterMs`. Returns
 * the reason (trimmed) when one was given; throws BackdatingError naming the rule and the field.
 */
export function requireBackdatingAllowed(entry: BackdatedEntry, rule: BackdatingRule): string | undefined {
  const reasonField = `${entry.field}Reason`;
  const reason = entry.reason === undefined ? undefined : entry.reason.trim();
  if (reason !== undefined && (reason === '' || reason.length > MAX_REASON)) {
    throw new ValidationError(reasonField, `must be 1 to ${MAX_REASON} characters`);
  }
  const backMs = entry.nowMs - entry.occurredMs;
  if (entry.role === 'system' || backMs <= 0) return reason;
  if (entry.role === 'customer') {
    if (backMs > CUSTOMER_BACKDATING_MS) {
      throw new BackdatingError(
        'backdating_customer_limit',
        entry.field,
        `${entry.field} may lie at most 15 minutes in the past for a customer contact`,
      );
    }
    return reason;
  }
  if (backMs > rule.staffMaxMs) {
    throw new BackdatingError(
      'backdating_staff_limit',
      entry.field,
      `${entry.field} may lie at most ${hours(rule.staffMaxMs)} hours in the past (BACKDATED_MAX_HOURS)`,
    );
  }
  if (backMs > rule.reasonAfterMs && reason === undefined) {
    throw new BackdatingError(
      'backdating_reason_required',
      reasonField,
      `${reasonField} is required: ${entry.field} lies more than ${rule.reasonAfterMs / 1000} s in the past`,
    );
  }
  return reason;
}

/** The business instant must not lie before the contract was registered. */
export function requireAfterRegistration(
  occurredMs: number,
  registeredAt: string | undefined,
  field: string,
): void {
  if (registeredAt !== undefined && occurredMs < instantMs(registeredAt, 'registeredAt')) {
    throw new BackdatingError(
      'before_contract_registered',
      field,
      `${field} must not lie before the contract was registered (${registeredAt})`,
    );
  }
}

const hours = (ms: number): number => Math.round(ms / 3_600_000);
