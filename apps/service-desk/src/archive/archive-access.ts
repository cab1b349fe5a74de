import { ForbiddenError } from '#domain';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';

/** Roles that need people's phones, e-mails and faxes for their work; others see names only. */
const SEES_CONTACT_DETAILS = new Set(['agent', 'engineer', 'manager', 'admin', 'customer']);

export const seesContactDetails = (user: AuthenticatedUser): boolean => SEES_CONTACT_DETAILS.has(user.role);

/** A customer contact reads only its own organisation's archive (403 otherwise). */
export function assertMayReadArchiveOf(user: AuthenticatedUser, customerId: string): void {
  if (user.role === 'customer' && user.customerId !== customerId) {
    throw new ForbiddenError(
      user.role,
      'read',
      "A customer contact may read only its own organisation's archive",
    );
  }
}
