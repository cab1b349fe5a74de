/**
 * Environment of a desk whose test counts events or compares exact histories of tickets reported
 * in the past: without the SLA watchman, whose escalations of deadlines already over on recording
 * (recordedLate) would join those histories. The watchman's own suites (test/e2e/watchman) keep it.
 */
export const WITHOUT_SLA_WATCHMAN = { SLA_WATCHMAN: 'off' } as const;
