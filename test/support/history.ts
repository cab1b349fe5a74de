import type { ApiClient, ApiHeaders } from './api-client.js';
/**
 * Environment of a desk whose test counts events or compares exact histories of tickets reported
 * in the past: without the SLA watchman, whose escalations of deadlines already over on recording
 * (recordedLate) would join those histories. The watchman's own suites (test/e2e/watchman) keep it.
 */
export const WITHOUT_SLA_WATCHMAN = { SLA_WATCHMAN: 'off' } as const;

/**
 * Environment of a desk that enters history (tickets and actions of past months): staff may date
 * entries back up to 100 years instead of BACKDATED_MAX_HOURS' 72 hours. Each such entry still
 * needs a reason (HISTORY_REASON) and a contract registered before it (HISTORY_FROM).
 */
export const HISTORY_ENV = { BACKDATED_MAX_HOURS: '876000' } as const;

/** The reason a test gives for an entry dated back beyond the tolerance. */
export const HISTORY_REASON = 'entered from the paper records of the shift (test history)';

/** When the contracts of a history-entering desk were registered. */
export const HISTORY_FROM = '2025-01-01T00:00:00+08:00';

const DATED_FIELDS = ['reportedAt', 'occurredAt', 'inspectedAt', 'revisitedAt', 'surveyedAt'] as const;

/** The body with HISTORY_REASON for each business time it gives without a reason of its own. */
export function withHistoryReasons(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const given = body as Record<string, unknown>;
  const reasons: Record<string, string> = {};
  for (const field of DATED_FIELDS) {
    if (given[field] !== undefined && given[`${field}Reason`] === undefined) {
      reasons[`${field}Reason`] = HISTORY_REASON;
    }
  }
  return { ...given, ...reasons };
}

/** A correction of the report time carries its own reason; its reportedAt dates nothing back. */
const OWN_REASON = /\/report-time-correction$/;

/**
 * A staff member entering history: every POST or PUT that dates an entry back gives HISTORY_REASON
 * (the rule that asks for it is proven with plain clients in test/e2e/tickets/backdating.spec.ts).
 */
export function historyClient<C extends ApiClient>(client: C): C {
  return Object.assign(Object.create(client) as C, client, {
    post: (path: string, body?: unknown, headers?: ApiHeaders) =>
      client.post(path, OWN_REASON.test(path) ? body : withHistoryReasons(body), headers),
    put: (path: string, body?: unknown, headers?: ApiHeaders) =>
      client.put(path, withHistoryReasons(body), headers),
  });
}
