import { passwordWeakness } from './password-policy.js';

describe('passwordWeakness', () => {
  it('accepts a long, personal passphrase', () => {
    expect(passwordWeakness('lanterns over the harbour', 'duty.agent')).toBeUndefined();
  });

  it('wants at least 12 characters', () => {
    expect(passwordWeakness('eleven char', undefined)).toMatch(/at least 12 characters/);
    expect(passwordWeakness('twelve chars', undefined)).toBeUndefined();
  });

  it('refuses the username inside, ignoring case', () => {
    expect(passwordWeakness('Duty.Agent-2026-spring', 'duty.agent')).toMatch(/username/);
  });

  it('refuses one of the 10,000 most common passwords, ignoring case', () => {
    expect(passwordWeakness('unbelievable', undefined)).toMatch(/most common/);
    expect(passwordWeakness('SCANDINAVIAN', undefined)).toMatch(/most common/);
  });
});
