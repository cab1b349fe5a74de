import { ValidationError } from '../shared/validation.error.js';
import { thrown } from '../testing/thrown.js';
import { DEFAULT_SLA_POLICY, buildSlaPolicy, slaPolicyInForce, targetMs } from './sla-policy.js';

describe('the SLA policy', () => {
  it('defaults to DOMAIN.md: respond PT30M, on site PT1H, resolve PT12H for every severity, 0.8, 24x7, PT24H', () => {
    const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
    expect(DEFAULT_SLA_POLICY).toEqual({
      targets: { '1': targets, '2': targets, '3': targets, '4': targets },
      atRiskShare: 0.8,
      calendar: '24x7',
      confirmationWindow: 'PT24H',
    });
  });

  it('overrides one severity on top of overridden defaults', () => {
    const policy = buildSlaPolicy({
      defaults: { resolution: 'PT24H' },
      severities: { '1': { response: 'PT5S' } },
    });
    expect([policy.targets['1'], policy.targets['4']]).toEqual([
      { response: 'PT5S', onSite: 'PT1H', resolution: 'PT24H' },
      { response: 'PT30M', onSite: 'PT1H', resolution: 'PT24H' },
    ]);
  });

  it('reads a target in milliseconds: PT5S is 5000', () => {
    expect(targetMs(buildSlaPolicy({ severities: { '2': { onSite: 'PT5S' } } }), 2, 'onSite')).toBe(5000);
  });

  it.each([
    [
      'a month-long target, whose length depends on the calendar',
      { defaults: { resolution: 'P1M' } },
      'policy.defaults.resolution',
    ],
    ['a zero target', { severities: { '3': { response: 'PT0S' } } }, 'policy.severities.3.response'],
    ['severity 5', { severities: { '5': {} } }, 'policy.severities.5'],
    ['an at-risk share of 1', { atRiskShare: 1 }, 'policy.atRiskShare'],
    ['a confirmation window of -PT1H', { confirmationWindow: '-PT1H' }, 'policy.confirmationWindow'],
  ])('refuses %s', (_what, input, field) => {
    const error = thrown(() => buildSlaPolicy(input as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
  });
});

describe('slaPolicyInForce', () => {
  const v1 = { version: 1, effectiveFrom: '2026-01-01T00:00:00.000+08:00', policy: DEFAULT_SLA_POLICY };
  const v2 = { version: 2, effectiveFrom: '2026-06-01T00:00:00.000+08:00', policy: DEFAULT_SLA_POLICY };

  it('picks the latest version already in effect', () => {
    expect(slaPolicyInForce([v1, v2], Date.parse('2026-07-01T00:00:00+08:00')).version).toBe(2);
  });

  it('keeps the earlier version until the very instant the next takes effect', () => {
    expect(slaPolicyInForce([v1, v2], Date.parse('2026-05-31T23:59:59+08:00')).version).toBe(1);
  });

  it('judges a report older than every version by the first', () => {
    expect(slaPolicyInForce([v1, v2], Date.parse('2025-12-01T00:00:00+08:00')).version).toBe(1);
  });
});
