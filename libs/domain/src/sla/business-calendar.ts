import { requireIsoDate } from '../shared/instant.js';
import { requireText } from '../shared/require.js';
import { ValidationError } from '../shared/validation.error.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening per day, local wall-clock 'HH:MM'; close may be '24:00' (end of the day). */
export interface OpeningHours {
  open: string;
  close: string;
}

/** Named business hours: a day without hours, or listed as a holiday (ISO date), is closed all day. */
export interface BusinessHoursCalendar {
  name: string;
  hours: Partial<Record<Weekday, OpeningHours>>;
  holidays: string[];
}

/** '24x7': every instant counts (holidays included), the default of DOMAIN.md. */
export type SlaCalendar = '24x7' | BusinessHoursCalendar;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function requireCalendar(value: unknown, field: string): SlaCalendar {
  if (value === '24x7') return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(field, "must be '24x7' or { name, hours, holidays }");
  }
  const input = value as Record<string, unknown>;
  const name = requireText(input.name, `${field}.name`, 100);
  const hoursInput = input.hours;
  if (hoursInput === null || typeof hoursInput !== 'object' || Array.isArray(hoursInput)) {
    throw new ValidationError(`${field}.hours`, 'must map weekdays (mon..sun) to { open, close }');
  }
  const hours: Partial<Record<Weekday, OpeningHours>> = {};
  for (const [day, opening] of Object.entries(hoursInput)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      throw new ValidationError(`${field}.hours.${day}`, 'is not a weekday (mon..sun)');
    }
    hours[day as Weekday] = requireOpening(opening, `${field}.hours.${day}`);
  }
  if (Object.keys(hours).length === 0)
    throw new ValidationError(`${field}.hours`, 'must open on at least one day');
  const holidaysInput = input.holidays ?? [];
  if (!Array.isArray(holidaysInput))
    throw new ValidationError(`${field}.holidays`, 'must be a list of dates');
  const holidays = [
    ...new Set(holidaysInput.map((d, i) => requireIsoDate(d, `${field}.holidays[${i}]`))),
  ].sort();
  return { name, hours, holidays };
}

function requireOpening(value: unknown, field: string): OpeningHours {
  const { open, close } = (value ?? {}) as Record<string, unknown>;
  if (typeof open !== 'string' || !HH_MM.test(open) || open === '24:00') {
    throw new ValidationError(`${field}.open`, "must be a time 'HH:MM' from 00:00 to 23:59");
  }
  if (typeof close !== 'string' || !HH_MM.test(close)) {
    throw new ValidationError(`${field}.close`, "must be a time 'HH:MM' from 00:01 to 24:00");
  }
  if (close <= open) throw new ValidationError(`${field}.close`, 'must be later than open');
  return { open, close };
}
