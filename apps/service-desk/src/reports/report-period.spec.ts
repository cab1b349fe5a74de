import { ValidationFailedException } from '../problem-details/validation-failed.exception.js';
import { monthsOf, reportPeriod } from './report-period.js';

const ms = (iso: string) => Date.parse(iso);

describe('reportPeriod', () => {
  it('reads a month, a quarter and a year in Asia/Shanghai by default', () => {
    expect(reportPeriod({ period: '2026-11' })).toMatchObject({
      fromMs: ms('2026-10-31T16:00:00Z'),
      toMs: ms('2026-11-30T16:00:00Z'),
      timeZone: 'Asia/Shanghai',
      name: '2026-11',
    });
    expect(reportPeriod({ period: '2026-Q4' })).toMatchObject({
      fromMs: ms('2026-09-30T16:00:00Z'),
      toMs: ms('2026-12-31T16:00:00Z'),
    });
    expect(reportPeriod({ period: '2026', tz: 'UTC' })).toMatchObject({
      fromMs: ms('2026-01-01T00:00:00Z'),
      toMs: ms('2027-01-01T00:00:00Z'),
    });
  });

  it('takes from and to as dates (local midnight) or instants, half-open', () => {
    expect(reportPeriod({ from: '2026-11-10', to: '2026-11-11' })).toMatchObject({
      fromMs: ms('2026-11-09T16:00:00Z'),
      toMs: ms('2026-11-10T16:00:00Z'),
    });
    expect(
      reportPeriod({ from: '2026-11-10T08:00:00+08:00', to: '2026-11-10T01:00:00Z', tz: 'UTC' }),
    ).toMatchObject({
      fromMs: ms('2026-11-10T00:00:00Z'),
      toMs: ms('2026-11-10T01:00:00Z'),
    });
  });

  it('follows daylight saving in zones that have it: November 2026 in New York is 30 days and 1 hour', () => {
    const { fromMs, toMs } = reportPeriod({ period: '2026-11', tz: 'America/New_York' });
    expect(toMs - fromMs).toBe((30 * 24 + 1) * 3_600_000);
  });

  it.each([
    [{ from: '2026-11-10', to: '2026-11-10' }, 'to'],
    [{ from: '2026-11-10', to: '2026-11-09' }, 'to'],
    [{ to: '2026-11-10' }, 'from'],
    [{ from: '2026-11-10' }, 'to'],
    [{ period: '2026-11', from: '2026-11-01' }, 'period'],
    [{ from: '2026-02-30', to: '2026-03-02' }, 'from'],
  ])('%j is refused naming %s', (input, field) => {
    try {
      reportPeriod(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailedException);
      expect((error as ValidationFailedException).problem.errors).toEqual([
        expect.objectContaining({ field }),
      ]);
    }
  });
});

describe('monthsOf', () => {
  it('names the local months a period touches, clipped to it', () => {
    const months = monthsOf(reportPeriod({ from: '2026-10-15', to: '2026-12-02' }));
    expect(months.map((m) => m.key)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(months[0].fromMs).toBe(ms('2026-10-14T16:00:00Z'));
    expect(months[1]).toMatchObject({ fromMs: ms('2026-10-31T16:00:00Z'), toMs: ms('2026-11-30T16:00:00Z') });
    expect(months[2].toMs).toBe(ms('2026-12-01T16:00:00Z'));
  });
});
