/** Fault severity (故障级别): 1 system down .. 4 request for information or help. */
export const SEVERITIES = [1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];
