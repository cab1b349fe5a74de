import { isAutomaticEscalation } from './escalation-automatic.js';

const escalation = (automatic: boolean, metadata: Record<string, unknown>) => ({
  data: { ticketId: 't-1', level: 1, reason: 'response_overdue', automatic },
  metadata: { actor: { id: 'agent-1', role: 'agent' }, source: 'api', ...metadata } as never,
});

describe('isAutomaticEscalation', () => {
  it('is manual when a person escalates through the API', () => {
    expect(isAutomaticEscalation(escalation(false, {}))).toBe(false);
  });
  it('is automatic when the event says so, the scheduler wrote it, or the system is its actor', () => {
    expect(isAutomaticEscalation(escalation(true, {}))).toBe(true);
    expect(isAutomaticEscalation(escalation(false, { source: 'scheduler' }))).toBe(true);
    expect(isAutomaticEscalation(escalation(false, { actor: { id: 'system', role: 'manager' } }))).toBe(true);
  });
});
