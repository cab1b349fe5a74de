import { DateTime, IANAZone } from 'luxon';
import { ValidationError } from './validation.error.js';
import { zoneOffsets } from './zone-offsets.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parsed instants, kept because the SLA clock reads the same few instants of a ticket again and again. */
const parsedInstants = new Map<string, number>();
const MAX_PARSED_INSTANTS = 50_000;

/** Epoch milliseconds of an ISO 8601 instant with offset; throws ValidationError naming `field`. */
export function instantMs(value: unknown, field: string): number {
  const known = typeof value === 'string' ? parsedInstants.get(value) : undefined;
  if (known !== undefined) return known;
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    throw new ValidationError(
      field,
      'must be an ISO 8601 instant with offset, e.g. 2026-11-03T10:00:00+08:00',
    );
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw new ValidationError(field, 'is not a real instant');
  if (parsedInstants.size >= MAX_PARSED_INSTANTS) parsedInstants.clear();
  parsedInstants.set(value, parsed.toMillis());
  return parsed.toMillis();
}

/**
 * The instant as ISO 8601 in the given IANA zone, with milliseconds and offset, spelled exactly as
 * luxon's toISO() spells it. Written out by hand for region zones ('Asia/Shanghai') and years
 * 1000-9999 with whole-minute offsets, because luxon's own path was the SLA clock's largest cost;
 * anything else ('UTC', which luxon spells with Z; historical offsets with seconds) goes to luxon.
 */
export function zonedIso(ms: number, zone: string): string {
  if (zone.includes('/') && Number.isFinite(ms)) {
    const offset = zoneOffsets(zone).offsetMinutes(ms);
    const local = new Date(ms + offset * 60_000);
    const year = local.getUTCFullYear();
    if (Number.isInteger(offset) && year >= 1000 && year <= 9999) {
      return `${year}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(
        local.getUTCMinutes(),
      )}:${pad(local.getUTCSeconds())}.${String(local.getUTCMilliseconds()).padStart(3, '0')}${offsetText(offset)}`;
    }
  }
  return DateTime.fromMillis(ms, { zone }).toISO() as string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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
