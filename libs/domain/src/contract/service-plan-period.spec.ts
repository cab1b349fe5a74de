import { periodBounds, periodMonths } from './service-plan-period.js';

describe('periodMonths', () => {
  it('is the month itself for a month', () => {
    expect(periodMonths('2026-02')).toEqual(['2026-02', '2026-02']);
  });

  it("is a quarter's first and third month", () => {
    expect(periodMonths('2026-Q1')).toEqual(['2026-01', '2026-03']);
    expect(periodMonths('2026-Q4')).toEqual(['2026-10', '2026-12']);
  });
});

describe('periodBounds', () => {
  it("is a quarter's start and the next quarter's start, in the zone", () => {
    expect(periodBounds('2026-Q4', 'Asia/Shanghai')).toEqual({
      startMs: Date.parse('2026-10-01T00:00:00+08:00'),
      endMs: Date.parse('2027-01-01T00:00:00+08:00'),
    });
  });
});
