import { ValidationError } from '../shared/validation.error.js';
import {
  DEFAULT_POLICY,
  at,
  dispatched,
  faultReported,
  reportTimeCorrected,
  responded,
  severityChanged,
} from '../testing/ticket-fixtures.js';
import type { TicketEvent } from '../ticket/ticket.events.js';
import { slaClock } from './sla-clock.js';
import type { SlaPolicy } from './sla-policy.js';

const MIN = 60_000;
const reported = faultReported(); // Tuesday 2026-11-03 10:00 Shanghai, severity 2, default policy, 24x7

describe('a severity change moves the targets from the change on', () => {
  const fasterForSeverity1: SlaPolicy = {
    ...DEFAULT_POLICY,
    targets: {
      ...DEFAULT_POLICY.targets,
      '1': { response: 'PT15M', onSite: 'PT30M', resolution: 'PT4H' },
      '3': { response: 'PT2H', onSite: 'PT4H', resolution: 'P1D' },
    },
  };
  const reportedSev2 = faultReported({ slaPolicy: fasterForSeverity1 });

  it('counts the time before a raise against the new target: raised to 1 at 10:10, due 10:15', () => {
    expect(slaClock([reportedSev2, severityChanged(at('10:10'), 2, 1)], at('10:11')).response).toMatchObject({
      state: 'running',
      target: 'PT15M',
      dueAt: at('10:15'),
      atRiskAt: at('10:12'),
    });
  });

  it('breaches at the change when the time already spent exceeds the new target', () => {
    expect(slaClock([reportedSev2, severityChanged(at('10:20'), 2, 1)], at('10:25')).response).toMatchObject({
      state: 'breached',
      dueAt: at('10:15'),
      breachedAt: at('10:20'),
      overrunMs: 10 * MIN,
    });
  });

  it('gives a lowered ticket the longer target: lowered to 3 at 10:10, due 12:00', () => {
    expect(slaClock([reportedSev2, severityChanged(at('10:10'), 2, 3)], at('10:40')).response).toMatchObject({
      state: 'running',
      target: 'PT2H',
      dueAt: at('12:00'),
    });
  });

  it('keeps a timer at risk that was at risk before it was lowered', () => {
    expect(slaClock([reportedSev2, severityChanged(at('10:25'), 2, 3)], at('10:26')).response).toMatchObject({
      state: 'at_risk',
      atRiskAt: at('10:24'),
      dueAt: at('12:00'),
    });
  });

  it('keeps a breach that happened before the ticket was lowered', () => {
    expect(slaClock([reportedSev2, severityChanged(at('10:40'), 2, 3)], at('10:45')).response).toMatchObject({
      state: 'breached',
      breachedAt: at('10:30'),
    });
  });

  it('judges a met timer by the target in force when it was met', () => {
    const events = [reportedSev2, responded(at('10:20')), severityChanged(at('10:30'), 2, 1)];
    expect(slaClock(events, at('11:00')).response).toMatchObject({ state: 'met', target: 'PT30M' });
  });

  it('starts the on-site timer with the target of the severity in force at the dispatch', () => {
    const events = [
      reportedSev2,
      responded(at('10:05')),
      severityChanged(at('10:08'), 2, 1),
      dispatched(at('10:10')),
    ];
    expect(slaClock(events, at('10:20')).onSite).toMatchObject({ target: 'PT30M', dueAt: at('10:40') });
  });

  it('reports the severity in force at the instant read', () => {
    const events = [reportedSev2, severityChanged(at('10:10'), 2, 1)];
    expect([slaClock(events, at('10:05')).severity, slaClock(events, at('10:15')).severity]).toEqual([2, 1]);
  });
});

describe('a corrected report time', () => {
  const corrected = [reported, reportTimeCorrected(at('10:00'), at('09:50'), at('10:05'))];

  it('moves the start of the response and resolution timers', () => {
    const reading = slaClock(corrected, at('10:10'));
    expect([reading.reportedAt, reading.response.dueAt, reading.resolution.dueAt]).toEqual([
      at('09:50'),
      at('10:20'),
      at('21:50'),
    ]);
  });

  it('applies to every instant read, also before the correction was made', () => {
    expect(slaClock([...corrected, responded(at('10:25'))], at('10:22')).response.state).toBe('breached');
  });
});

describe('a business-hours calendar (Mon-Fri 08:30-17:30, Shanghai)', () => {
  const officePolicy: SlaPolicy = {
    ...DEFAULT_POLICY,
    calendar: {
      name: 'office',
      hours: {
        mon: { open: '08:30', close: '17:30' },
        tue: { open: '08:30', close: '17:30' },
        wed: { open: '08:30', close: '17:30' },
        thu: { open: '08:30', close: '17:30' },
        fri: { open: '08:30', close: '17:30' },
      },
      holidays: [],
    },
  };
  const fridayEvening = faultReported({ reportedAt: at('17:20', '2026-11-06'), slaPolicy: officePolicy });

  it('carries a Friday 17:20 report over the weekend: due Monday 08:50', () => {
    expect(slaClock([fridayEvening], at('12:00', '2026-11-07')).response).toMatchObject({
      state: 'running',
      dueAt: at('08:50', '2026-11-09'),
      atRiskAt: at('08:44', '2026-11-09'),
      elapsedMs: 10 * MIN,
    });
  });

  it('counts a response on Saturday as met: no business time passed since Friday 17:30', () => {
    expect(
      slaClock([fridayEvening, responded(at('10:00', '2026-11-07'))], at('12:00', '2026-11-07')).response
        .state,
    ).toBe('met');
  });
});

describe('the policy argument', () => {
  it('judges the events by the policy given instead of the snapshot', () => {
    const slower = {
      ...DEFAULT_POLICY,
      targets: { ...DEFAULT_POLICY.targets, '2': { response: 'PT1H', onSite: 'PT1H', resolution: 'PT12H' } },
    };
    expect(slaClock([reported], at('10:45'), slower).response).toMatchObject({
      state: 'running',
      dueAt: at('11:00'),
    });
  });

  it('refuses events that do not begin with FaultReported', () => {
    const events: TicketEvent[] = [responded(at('10:20'))];
    expect(() => slaClock(events, at('10:30'))).toThrow(ValidationError);
  });
});
