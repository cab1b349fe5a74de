import { DateTime } from 'luxon';
import { ValidationFailedException } from '../problem-details/validation-failed.exception.js';

export const DEFAULT_REPORT_TIME_ZONE = 'Asia/Shanghai';

/** A half-open span of report times [fromMs, toMs), read in a time zone. */
export interface ReportPeriod {
  fromMs: number;
  toMs: number;
  timeZone: string;
  /** '2026-11', '2026-Q4' or '2026' when given as a period. */
  name?: string;
}

export interface PeriodInput {
  period?: string;
  from?: string;
  to?: string;
  tz?: string;
}

export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

/**
 * The period of a report: `period` (a month 2026-11, a quarter 2026-Q4, a year 2026), or `from`
 * and `to`, half-open [from, to): each a date (its local midnight) or an instant (with offset, or
 * read in `tz` without one). Month, quarter, year and day boundaries are those of `tz` (default
 * Asia/Shanghai): from=2026-11-01&to=2026-12-01 is November.
 */
export function reportPeriod(input: PeriodInput): ReportPeriod {
  const timeZone = input.tz ?? DEFAULT_REPORT_TIME_ZONE;
  if (input.period !== undefined) {
    if (input.from !== undefined || input.to !== undefined) {
      throw invalid('period', 'period cannot be given together with from and to');
    }
    return { ...namedPeriod(input.period, timeZone), timeZone, name: input.period };
  }
  if (input.from === undefined || input.to === undefined) {
    const field = input.from === undefined ? 'from' : 'to';
    throw invalid(field, 'give period (e.g. 2026-11, 2026-Q4, 2026), or both from and to');
  }
  const fromMs = boundary(input.from, timeZone, 'from');
  const toMs = boundary(input.to, timeZone, 'to');
  if (toMs <= fromMs) throw invalid('to', 'to must lie after from');
  return { fromMs, toMs, timeZone };
}

function namedPeriod(period: string, zone: string): { fromMs: number; toMs: number } {
  const [year, part] = period.split('-');
  let start = DateTime.fromObject({ year: Number(year), month: 1, day: 1 }, { zone });
  let unit: 'year' | 'month' | 'quarter' = 'year';
  if (part?.startsWith('Q')) {
    start = start.set({ month: (Number(part.slice(1)) - 1) * 3 + 1 });
    unit = 'quarter';
  } else if (part !== undefined) {
    start = start.set({ month: Number(part) });
    unit = 'month';
  }
  return { fromMs: start.toMillis(), toMs: start.plus({ [`${unit}s`]: 1 }).toMillis() };
}

function boundary(value: string, zone: string, field: 'from' | 'to'): number {
  const instant = DateTime.fromISO(value, { zone });
  if (!instant.isValid) throw invalid(field, `${field} must be a date (2026-11-01) or an ISO 8601 instant`);
  return instant.toMillis();
}

/** The local months that a period touches, each clipped to the period. */
export function monthsOf(period: ReportPeriod): { key: string; fromMs: number; toMs: number }[] {
  const months = [];
  let start = DateTime.fromMillis(period.fromMs, { zone: period.timeZone }).startOf('month');
  while (start.toMillis() < period.toMs) {
    const next = start.plus({ months: 1 });
    months.push({
      key: start.toFormat('yyyy-MM'),
      fromMs: Math.max(start.toMillis(), period.fromMs),
      toMs: Math.min(next.toMillis(), period.toMs),
    });
    start = next;
  }
  return months;
}

function invalid(field: string, message: string): ValidationFailedException {
  return new ValidationFailedException([{ field, message }]);
}
