import {
  arrived,
  at,
  closed,
  confirmed,
  dispatched,
  faultReported,
  rejected,
  reopened,
  resolved,
  responded,
} from '../testing/ticket-fixtures.js';
import { slaClock } from './sla-clock.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const reported = faultReported(); // Tuesday 2026-11-03 10:00 Shanghai, severity 2, default policy, 24x7

describe('the response timer (reported 10:00, target PT30M)', () => {
  it('runs at 10:10, due 10:30, at risk from 10:24', () => {
    expect(slaClock([reported], at('10:10')).response).toEqual({
      state: 'running',
      target: 'PT30M',
      startedAt: at('10:00'),
      dueAt: at('10:30'),
      atRiskAt: at('10:24'),
      elapsedMs: 10 * MIN,
      overrunMs: 0,
    });
  });

  it('is at risk at 10:25, past 80% of its target', () => {
    expect(slaClock([reported], at('10:25')).response.state).toBe('at_risk');
  });

  it('is met by a response at 10:20, and stays met', () => {
    expect(slaClock([reported, responded(at('10:20'))], at('18:00')).response).toEqual({
      state: 'met',
      target: 'PT30M',
      startedAt: at('10:00'),
      dueAt: at('10:30'),
      completedAt: at('10:20'),
      elapsedMs: 20 * MIN,
      overrunMs: 0,
    });
  });

  it('is met by a response exactly at the due time', () => {
    expect(slaClock([reported, responded(at('10:30'))], at('11:00')).response.state).toBe('met');
  });

  it('is breached at 10:45 without a response, 15 minutes over', () => {
    expect(slaClock([reported], at('10:45')).response).toMatchObject({
      state: 'breached',
      breachedAt: at('10:30'),
      elapsedMs: 45 * MIN,
      overrunMs: 15 * MIN,
    });
  });

  it('stays breached after a late response at 10:40, with the overrun frozen at 10 minutes', () => {
    expect(slaClock([reported, responded(at('10:40'))], at('12:00')).response).toMatchObject({
      state: 'breached',
      completedAt: at('10:40'),
      overrunMs: 10 * MIN,
    });
  });

  it('reads a past instant from the events known then: at 10:35 the 10:40 response has not come', () => {
    expect(slaClock([reported, responded(at('10:40'))], at('10:35')).response).toMatchObject({
      state: 'breached',
      elapsedMs: 35 * MIN,
      overrunMs: 5 * MIN,
    });
  });

  it('has not started before the report time', () => {
    expect(slaClock([reported], at('09:00')).response).toEqual({
      state: 'not_started',
      target: 'PT30M',
      elapsedMs: 0,
      overrunMs: 0,
    });
  });
});

describe('the on-site timer (target PT1H from the dispatch)', () => {
  const onTheWay = [reported, responded(at('10:10')), dispatched(at('10:40'))];

  it('has not started before a dispatch', () => {
    expect(slaClock([reported, responded(at('10:10'))], at('11:00')).onSite.state).toBe('not_started');
  });

  it('runs from the dispatch at 10:40, due 11:40', () => {
    expect(slaClock(onTheWay, at('11:00')).onSite).toMatchObject({
      state: 'running',
      startedAt: at('10:40'),
      dueAt: at('11:40'),
      elapsedMs: 20 * MIN,
    });
  });

  it('is met by the arrival at 11:25', () => {
    expect(slaClock([...onTheWay, arrived(at('11:25'))], at('12:00')).onSite).toMatchObject({
      state: 'met',
      completedAt: at('11:25'),
      elapsedMs: 45 * MIN,
    });
  });

  it('is breached by an arrival at 11:50', () => {
    expect(slaClock([...onTheWay, arrived(at('11:50'))], at('12:00')).onSite).toMatchObject({
      state: 'breached',
      breachedAt: at('11:40'),
      overrunMs: 10 * MIN,
    });
  });
});

describe('the resolution timer (target PT12H from the report)', () => {
  const fixed = [reported, responded(at('10:10')), resolved(at('13:00'))];

  it('is met by the fix at 13:00', () => {
    expect(slaClock(fixed, at('14:00')).resolution).toMatchObject({
      state: 'met',
      dueAt: at('22:00'),
      completedAt: at('13:00'),
    });
  });

  it('resumes against the original due time after the customer rejects the fix at 15:00', () => {
    expect(slaClock([...fixed, rejected(at('15:00'))], at('16:00')).resolution).toEqual({
      state: 'running',
      target: 'PT12H',
      startedAt: at('10:00'),
      dueAt: at('22:00'),
      atRiskAt: '2026-11-03T19:36:00.000+08:00',
      elapsedMs: 6 * HOUR,
      overrunMs: 0,
    });
  });

  it('counts as breached from the original due time when a fix rejected next morning did not hold', () => {
    const lateRejection = [
      reported,
      responded(at('10:10')),
      resolved(at('21:00')),
      rejected(at('09:00', '2026-11-04')),
    ];
    expect(slaClock(lateRejection, at('09:00', '2026-11-04')).resolution).toMatchObject({
      state: 'breached',
      breachedAt: at('22:00'),
      overrunMs: 11 * HOUR,
    });
  });

  it('resumes after a manager reopens a closed ticket', () => {
    const reopenedCase = [...fixed, confirmed(at('14:00')), closed(at('14:30')), reopened(at('16:00'))];
    expect(slaClock(reopenedCase, at('16:00')).resolution).toMatchObject({
      state: 'running',
      elapsedMs: 6 * HOUR,
    });
  });

  it('offers the end of the confirmation window while the fix awaits the customer', () => {
    expect(slaClock(fixed, at('14:00')).confirmationDueAt).toBe(at('13:00', '2026-11-04'));
  });

  it('drops the confirmation window once the customer answered', () => {
    expect(slaClock([...fixed, confirmed(at('14:00'))], at('15:00')).confirmationDueAt).toBeUndefined();
  });
});

describe('closing a ticket before a timer completed', () => {
  const closedEarly = [reported, closed(at('10:20'), false)];

  it('freezes the running timers where they stood', () => {
    expect(slaClock(closedEarly, at('12:00')).response).toEqual({
      state: 'running',
      target: 'PT30M',
      startedAt: at('10:00'),
      dueAt: at('10:30'),
      frozenAt: at('10:20'),
      elapsedMs: 20 * MIN,
      overrunMs: 0,
    });
  });

  it('lets them run on, without a pause, when a manager reopens', () => {
    expect(slaClock([...closedEarly, reopened(at('10:50'))], at('10:50')).response).toMatchObject({
      state: 'breached',
      breachedAt: at('10:30'),
      elapsedMs: 50 * MIN,
    });
  });
});
