import { Matches, ValidateBy } from 'class-validator';
import { isIsoInstant } from '#event-store';

/** An ISO 8601 instant with an offset or Z, e.g. 2026-11-20T22:15:00+08:00. */
export function IsInstant(): PropertyDecorator {
  return ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value) => isIsoInstant(value),
      defaultMessage: (args) =>
        `${args?.property} must be an ISO 8601 instant with offset, e.g. 2026-11-20T22:15:00+08:00`,
    },
  });
}

/** A calendar date, e.g. 2026-11-20. */
export const IsCalendarDate = () =>
  Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: '$property must be a date like 2026-11-20',
  });
