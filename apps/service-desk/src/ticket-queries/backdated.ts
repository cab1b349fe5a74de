import type { AppConfig } from '#service-config';

export const DEFAULT_BACKDATED_TOLERANCE_SECONDS = 300;
/** How far back staff may date an entry when BACKDATED_MAX_HOURS is unset. */
export const DEFAULT_BACKDATED_MAX_HOURS = 72;

/** How far occurredAt may lie before recordedAt before an event shows as back-dated, in ms. */
export const backdatedToleranceMs = (config: AppConfig): number =>
  (config.BACKDATED_TOLERANCE_SECONDS ?? DEFAULT_BACKDATED_TOLERANCE_SECONDS) * 1000;

/** The business time lies before the recording time by more than the tolerance. */
export const isBackDated = (occurredMs: number, recordedMs: number, toleranceMs: number): boolean =>
  recordedMs - occurredMs > toleranceMs;
