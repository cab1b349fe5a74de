import { DateTime } from 'luxon';
import { WEEKDAYS, type BusinessHoursCalendar, type SlaCalendar } from './business-calendar.js';

/** Ten years of days: a calendar that stays closed longer than that is a configuration error. */
const MAX_DAYS = 3660;

/**
 * Counting of the time that counts for the SLA, under one calendar in one IANA zone.
 * Instants are epoch milliseconds.
 */
export interface WorkingTime {
  /** Counted time between two instants (0 when `to` is not after `from`). */
  elapsedMs(fromMs: number, toMs: number): number;
  /** The earliest instant at which `ms` of counted time have passed since `fromMs`. */
  earliestAfter(fromMs: number, ms: number): number;
  /**
   * The latest instant at which no more than `ms` of counted time have passed since `fromMs`:
   * the last moment a target of `ms` is still met (it skips the closed time after the target).
   */
  latestAfter(fromMs: number, ms: number): number;
}

export function workingTime(calendar: SlaCalendar, zone: string): WorkingTime {
  if (calendar === '24x7') {
    return {
      elapsedMs: (fromMs, toMs) => Math.max(0, toMs - fromMs),
      earliestAfter: (fromMs, ms) => fromMs + ms,
      latestAfter: (fromMs, ms) => fromMs + ms,
    };
  }
  const openings = (fromMs: number) => openIntervals(calendar, zone, fromMs);
  return {
    elapsedMs(fromMs, toMs) {
      let sum = 0;
      if (toMs <= fromMs) return 0;
      for (const [a, b] of openings(fromMs)) {
        if (a >= toMs) break;
        sum += Math.min(b, toMs) - a;
      }
      return sum;
    },
    earliestAfter(fromMs, ms) {
      if (ms <= 0) return fromMs;
      let remaining = ms;
      for (const [a, b] of openings(fromMs)) {
        if (remaining <= b - a) return a + remaining;
        remaining -= b - a;
      }
      throw new Error('unreachable');
    },
    latestAfter(fromMs, ms) {
      let remaining = ms;
      for (const [a, b] of openings(fromMs)) {
        if (remaining < b - a) return a + remaining;
        remaining -= b - a;
      }
      throw new Error('unreachable');
    },
  };
}

/** The open intervals [a, b) from `fromMs` on, in order, clipped to start no earlier than fromMs. */
function* openIntervals(
  calendar: BusinessHoursCalendar,
  zone: string,
  fromMs: number,
): Generator<[number, number]> {
  const holidays = new Set(calendar.holidays);
  let day = DateTime.fromMillis(fromMs, { zone }).startOf('day');
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 }).startOf('day')) {
    const opening = calendar.hours[WEEKDAYS[day.weekday - 1]];
    if (!opening || holidays.has(day.toISODate() as string)) continue;
    const a = Math.max(atLocalTime(day, opening.open), fromMs);
    const b = atLocalTime(day, opening.close);
    if (b > a) yield [a, b];
  }
  throw new Error(`The calendar "${calendar.name}" has no open time within ${MAX_DAYS} days`);
}

function atLocalTime(day: DateTime, hhmm: string): number {
  if (hhmm === '24:00') return day.plus({ days: 1 }).startOf('day').toMillis();
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}
