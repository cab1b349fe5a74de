import { DateTime } from 'luxon';
import { ValidationError } from '../shared/validation.error.js';

/** A month of the service plan, 'YYYY-MM', or a quarter, 'YYYY-Qn', read in the contract's time zone. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

export function requireMonth(value: unknown, field: string): string {
  if (typeof value !== 'string' || !MONTH.test(value))
    throw new ValidationError(field, 'must be a month YYYY-MM');
  return value;
}

export function requireQuarter(value: unknown, field: string): string {
  if (typeof value !== 'string' || !QUARTER.test(value))
    throw new ValidationError(field, 'must be a quarter YYYY-Qn (n = 1..4)');
  return value;
}

/** The month 'YYYY-MM' of an instant in a zone. */
export function monthOf(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-LL');
}

/** The quarter 'YYYY-Qn' of an instant in a zone. */
export function quarterOf(ms: number, zone: string): string {
  const local = DateTime.fromMillis(ms, { zone });
  return `${local.year}-Q${local.quarter}`;
}

/** The quarter 'YYYY-Qn' a month 'YYYY-MM' lies in. */
export function quarterOfMonth(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** First and last month of a period: itself for a month, three months for a quarter. */
function firstMonth(period: string): { year: number; month: number; months: number } {
  const year = Number(period.slice(0, 4));
  if (period[5] === 'Q') return { year, month: (Number(period[6]) - 1) * 3 + 1, months: 3 };
  return { year, month: Number(period.slice(5, 7)), months: 1 };
}

/** The first and last month 'YYYY-MM' of a month (itself twice) or a quarter (its three months). */
export function periodMonths(period: string): [string, string] {
  const { year, month, months } = firstMonth(period);
  const name = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  return [name(month), name(month + months - 1)];
}

/** Start (inclusive) and end (exclusive) of a month or quarter, epoch ms, in the zone. */
export function periodBounds(period: string, zone: string): { startMs: number; endMs: number } {
  const { year, month, months } = firstMonth(period);
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone });
  return { startMs: start.toMillis(), endMs: start.plus({ months }).toMillis() };
}

/** The months from `from` to `to` (both 'YYYY-MM', inclusive), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let cursor = DateTime.fromObject(
    { year: Number(from.slice(0, 4)), month: Number(from.slice(5, 7)), day: 1 },
    { zone: 'UTC' },
  );
  while (cursor.toFormat('yyyy-LL') <= to) {
    out.push(cursor.toFormat('yyyy-LL'));
    cursor = cursor.plus({ months: 1 });
  }
  return out;
}
