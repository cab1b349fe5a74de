import { warrantyAt, warrantyUntil } from './warranty.js';

describe('warranty', () => {
  it('ends the day before the anniversary: accepted 2025-03-15 with 12 months, last day 2026-03-14', () => {
    expect(warrantyUntil('2025-03-15', 12)).toBe('2026-03-14');
  });

  it('handles a short month: accepted 2025-01-31 with 1 month, last day 2025-02-27', () => {
    expect(warrantyUntil('2025-01-31', 1)).toBe('2025-02-27');
  });

  it('is in warranty on its last day and out the day after, in the contract zone', () => {
    expect(warrantyAt('2026-03-14', Date.parse('2026-03-14T23:30:00+08:00'), 'Asia/Shanghai')).toBe(
      'in_warranty',
    );
    expect(warrantyAt('2026-03-14', Date.parse('2026-03-15T00:30:00+08:00'), 'Asia/Shanghai')).toBe(
      'out_of_warranty',
    );
  });

  it('counts a fault before final acceptance as in warranty (not billable)', () => {
    expect(warrantyAt('2026-03-14', Date.parse('2025-03-01T10:00:00+08:00'), 'Asia/Shanghai')).toBe(
      'in_warranty',
    );
  });
});
