import { eventSummary } from '../timeline/event-summary.js';

describe('the timeline line of the watchman’s warning', () => {
  it('names the timer and the due time in Chinese and English', () => {
    const data = {
      ticketId: 't-1',
      timer: 'response',
      dueAt: '2026-11-03T10:30:00.000+08:00',
      atRiskAt: '2026-11-03T10:24:00.000+08:00',
      notify: ['eng-1', 'manager'],
      warnedAt: '2026-11-03T10:24:00.000+08:00',
    };
    expect(eventSummary('SlaAtRisk', data, 'system')).toEqual({
      zh: '系统 预警：响应期限将至（2026-11-03T10:30:00.000+08:00）',
      en: 'System warned that the response is at risk (due 2026-11-03T10:30:00.000+08:00)',
    });
  });

  it('speaks of the customer’s confirmation for a fix awaiting an answer', () => {
    const line = eventSummary('SlaAtRisk', { timer: 'confirmation', dueAt: 'D' }, 'system');
    expect(line.en).toBe("System warned that the customer's confirmation is at risk (due D)");
  });
});
