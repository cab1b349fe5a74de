import { DateTime } from 'luxon';
import { localDate } from '../shared/instant.js';

export const DEFAULT_WARRANTY_MONTHS = 12;

/** Which warranty applied when a fault was reported: work outside it is billable. */
export type Warranty = 'in_warranty' | 'out_of_warranty';

/**
 * The last day inside the warranty: it runs from the final acceptance date for the given
 * number of months, so a 12-month warranty from 2025-03-15 ends on 2026-03-14.
 */
export function warrantyUntil(finalAcceptanceDate: string, warrantyMonths: number): string {
  return DateTime.fromISO(finalAcceptanceDate)
    .plus({ months: warrantyMonths })
    .minus({ days: 1 })
    .toISODate() as string;
}

/**
 * Which warranty applied to a fault reported at `reportedMs`, judged on the local date in the
 * contract's zone. A fault reported before final acceptance is in warranty: the product is
 * still the vendor's to deliver, so the work is not billable.
 */
export function warrantyAt(until: string, reportedMs: number, timeZone: string): Warranty {
  return localDate(reportedMs, timeZone) <= until ? 'in_warranty' : 'out_of_warranty';
}
