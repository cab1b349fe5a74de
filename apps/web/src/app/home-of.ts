import type { Role } from '../auth/session';

/** The first screen of each role: customers their portal, auditors the audit log, the desk the board. */
export function homeOf(role: Role): string {
  if (role === 'customer') return '/portal';
  if (role === 'auditor') return '/audit';
  return '/board';
}
