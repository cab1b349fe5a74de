import { Duration } from 'luxon';
import { ValidationError } from './validation.error.js';

const DAY_TIME_DURATION = /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,3})?S)?)?$/;

/**
 * Milliseconds of an ISO 8601 duration made of weeks, days, hours, minutes and seconds
 * (a day is 24 hours). Years and months are refused: their length depends on the calendar.
 */
export function durationMs(value: unknown, field: string): number {
  if (typeof value !== 'string' || !DAY_TIME_DURATION.test(value)) {
    throw new ValidationError(
      field,
      'must be an ISO 8601 duration in weeks, days, hours, minutes, seconds (e.g. PT30M)',
    );
  }
  return Duration.fromISO(value).as('milliseconds');
}

/** Like durationMs, and the duration must be longer than zero. */
export function positiveDurationMs(value: unknown, field: string): number {
  const ms = durationMs(value, field);
  if (ms <= 0) throw new ValidationError(field, 'must be longer than zero');
  return ms;
}

/** An ISO 8601 duration for a number of milliseconds, in hours, minutes and seconds (e.g. PT1H30M). */
export function isoDuration(ms: number): string {
  if (ms === 0) return 'PT0S';
  return Duration.fromMillis(ms).shiftTo('hours', 'minutes', 'seconds').normalize().toISO() as string;
}
