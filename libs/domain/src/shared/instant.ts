import { DateTime, IANAZone } from 'luxon';
import { ValidationError } from './validation.error.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch milliseconds of an ISO 8601 instant with offset; throws ValidationError naming `field`. */
export function instantMs(value: unknown, field: string): number {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    throw new ValidationError(
      field,
      'must be an ISO 8601 instant with offset, e.g. 2026-11-03T10:00:00+08:00',
    );
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw new ValidationError(field, 'is not a real instant');
  return parsed.toMillis();
}

/** The instant as ISO 8601 in the given IANA zone, with milliseconds and offset. */
export function zonedIso(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO() as string;
}

/** Re-expresses an ISO instant in the given zone (same instant, canonical spelling). */
export function normaliseInstant(value: unknown, field: string, zone: string): string {
  return zonedIso(instantMs(value, field), zone);
}

export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && IANAZone.isValidZone(value);
}

export function requireTimeZone(value: unknown, field: string): string {
  if (!isTimeZone(value)) throw new ValidationError(field, 'must be an IANA time zone, e.g. Asia/Shanghai');
  return value;
}

/** A calendar date 'YYYY-MM-DD' that exists. */
export function requireIsoDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || !DateTime.fromISO(value).isValid) {
    throw new ValidationError(field, 'must be a calendar date YYYY-MM-DD');
  }
  return value;
}

/** The local calendar date of an instant in a zone, 'YYYY-MM-DD'. */
export function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() as string;
}
