import { DateTime } from 'luxon';

/** The demo hospital's time zone: its contract's months and quarters are read here. */
export const DEMO_ZONE = 'Asia/Shanghai';

/** Months and quarters counted back from the one `now` lies in, in the demo's zone. */
export function demoCalendar(now: Date) {
  const thisMonth = DateTime.fromJSDate(now, { zone: DEMO_ZONE }).startOf('month');
  return {
    /** The first instant of the month `monthsAgo` months before the current one. */
    month: (monthsAgo: number) => thisMonth.minus({ months: monthsAgo }),
    /** The first instant of the quarter `quartersAgo` quarters before the current one. */
    quarter: (quartersAgo: number) => thisMonth.startOf('quarter').minus({ quarters: quartersAgo }),
  };
}

/** 'YYYY-MM' of a month's first instant. */
export const monthLabel = (month: DateTime) => month.toFormat('yyyy-LL');

/** 'YYYY-Qn' of a quarter's first instant. */
export const quarterLabel = (quarter: DateTime) => `${quarter.year}-Q${quarter.quarter}`;

/** ISO 8601 with the zone's offset, to the second. */
export const zonedInstant = (at: DateTime) => at.toISO({ suppressMilliseconds: true }) as string;
