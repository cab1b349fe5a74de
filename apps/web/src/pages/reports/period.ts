import dayjs, { type Dayjs } from 'dayjs';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The API's period name for a picked date: `2026-11`, `2026-Q4` or `2026`. */
export function periodName(kind: PeriodKind, date: Dayjs): string {
  if (kind === 'month') return date.format('YYYY-MM');
  if (kind === 'quarter') return `${date.year()}-Q${Math.floor(date.month() / 3) + 1}`;
  return String(date.year());
}

/** The current month (in the browser's zone), the default period. */
export const thisMonth = (): Dayjs => dayjs().startOf('month');

/** The picker's kind and date for an API period name; undefined when it is not one. */
export function parsePeriod(name: string | null): { kind: PeriodKind; date: Dayjs } | undefined {
  if (!name) return undefined;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(name);
  if (quarter)
    return { kind: 'quarter', date: dayjs(`${quarter[1]}-01-01`).add((+quarter[2] - 1) * 3, 'month') };
  if (/^\d{4}-\d{2}$/.test(name)) return { kind: 'month', date: dayjs(`${name}-01`) };
  if (/^\d{4}$/.test(name)) return { kind: 'year', date: dayjs(`${name}-01-01`) };
  return undefined;
}
