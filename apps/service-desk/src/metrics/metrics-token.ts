import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether an Authorization header is `Bearer <token>` for exactly this token (compared in constant time). */
export function carriesMetricsToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(authorization?.trim() ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** The WWW-Authenticate challenge of /metrics: its own realm, since a user's token does not open it. */
export const METRICS_REALM = 'Bearer realm="service-ledger-metrics"';
