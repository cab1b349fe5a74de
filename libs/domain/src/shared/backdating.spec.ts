import { BackdatingError } from './backdating.error.js';
import { requireAfterRegistration, requireBackdatingAllowed, type BackdatingRule } from './backdating.js';
import { ValidationError } from './validation.error.js';

const RULE: BackdatingRule = { staffMaxMs: 72 * 3_600_000, reasonAfterMs: 300_000 };
const NOW = Date.parse('2026-11-03T10:00:00+08:00');
const MIN = 60_000;
const entry = (minutesBack: number, role: string, reason?: string) => ({
  occurredMs: NOW - minutesBack * MIN,
  nowMs: NOW,
  role,
  field: 'reportedAt',
  ...(reason !== undefined && { reason }),
});
const refusal = (fn: () => unknown): BackdatingError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof BackdatingError) return error;
    throw error;
  }
  throw new Error('expected a BackdatingError');
};

describe('requireBackdatingAllowed', () => {
  it('lets a customer contact date a report back 15 minutes, not 16', () => {
    expect(requireBackdatingAllowed(entry(15, 'customer'), RULE)).toBeUndefined();
    const error = refusal(() => requireBackdatingAllowed(entry(16, 'customer'), RULE));
    expect(error).toMatchObject({ code: 'backdating_customer_limit', field: 'reportedAt' });
  });

  it('holds a customer contact to 15 minutes whatever the staff bound and a reason say', () => {
    const wide = { staffMaxMs: 876_000 * 3_600_000, reasonAfterMs: 300_000 };
    const error = refusal(() => requireBackdatingAllowed(entry(60, 'customer', 'called earlier'), wide));
    expect(error.code).toBe('backdating_customer_limit');
  });

  it('lets staff date back within the tolerance without a reason', () => {
    expect(requireBackdatingAllowed(entry(5, 'agent'), RULE)).toBeUndefined();
  });

  it('asks staff for a reason beyond the tolerance, naming the reason field', () => {
    const error = refusal(() => requireBackdatingAllowed(entry(120, 'agent'), RULE));
    expect(error).toMatchObject({ code: 'backdating_reason_required', field: 'reportedAtReason' });
    expect(requireBackdatingAllowed(entry(120, 'agent', '  paper log of the night shift '), RULE)).toBe(
      'paper log of the night shift',
    );
  });

  it('refuses staff beyond BACKDATED_MAX_HOURS even with a reason', () => {
    expect(requireBackdatingAllowed(entry(72 * 60, 'engineer', 'late entry'), RULE)).toBe('late entry');
    const error = refusal(() => requireBackdatingAllowed(entry(73 * 60, 'engineer', 'late entry'), RULE));
    expect(error).toMatchObject({ code: 'backdating_staff_limit', field: 'reportedAt' });
  });

  it('does not bound the system (the watchman decides at its own instant)', () => {
    expect(requireBackdatingAllowed(entry(73 * 60, 'system'), RULE)).toBeUndefined();
  });

  it('refuses a blank reason', () => {
    expect(() => requireBackdatingAllowed(entry(120, 'agent', '   '), RULE)).toThrow(ValidationError);
  });
});

describe('requireAfterRegistration', () => {
  it('refuses a business time before the contract was registered, naming the field', () => {
    const registeredAt = '2026-11-01T09:00:00.000+08:00';
    expect(() =>
      requireAfterRegistration(Date.parse(registeredAt), registeredAt, 'reportedAt'),
    ).not.toThrow();
    const error = refusal(() =>
      requireAfterRegistration(Date.parse(registeredAt) - 1, registeredAt, 'reportedAt'),
    );
    expect(error).toMatchObject({ code: 'before_contract_registered', field: 'reportedAt' });
  });
});
