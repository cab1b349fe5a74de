import { Duration } from 'luxon';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { requireCalendar, ValidationError } from '#domain';

const DAY_TIME_DURATION = /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,3})?S)?)?$/;

/** An ISO 8601 duration in weeks, days, hours, minutes, seconds, longer than zero (e.g. PT30M). */
export function IsPositiveDuration(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPositiveDuration',
      validator: {
        validate: (value) =>
          typeof value === 'string' &&
          DAY_TIME_DURATION.test(value) &&
          Duration.fromISO(value).as('milliseconds') > 0,
        defaultMessage: (args) =>
          `${args?.property} must be an ISO 8601 duration longer than zero, in weeks, days, hours, minutes, seconds (e.g. PT30M)`,
      },
    },
    options,
  );
}

/** An IANA time zone the runtime knows, e.g. Asia/Shanghai. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value) => {
          if (typeof value !== 'string' || value.length > 100) return false;
          try {
            new Intl.DateTimeFormat('en', { timeZone: value });
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: (args) => `${args?.property} must be an IANA time zone, e.g. Asia/Shanghai`,
      },
    },
    options,
  );
}

/** '24x7', or business hours { name?, hours: { mon: { open, close }, ... }, holidays: [YYYY-MM-DD] }. */
export function IsSlaCalendar(options?: ValidationOptions): PropertyDecorator {
  let reason = '';
  return ValidateBy(
    {
      name: 'isSlaCalendar',
      validator: {
        validate: (value, args) => {
          try {
            requireCalendar(withDefaultName(value), args?.property ?? 'calendar');
            return true;
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
            reason = `${error.field} ${error.reason}`;
            return false;
          }
        },
        defaultMessage: () => reason,
      },
    },
    options,
  );
}

export const DEFAULT_CALENDAR_NAME = 'business hours';

export function withDefaultName(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return { name: DEFAULT_CALENDAR_NAME, ...value };
}
