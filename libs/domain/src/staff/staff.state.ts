import { instantMs } from '../shared/instant.js';
import type { StaffEvent, StaffUserDetails } from './staff.events.js';

export const STAFF_STATUSES = ['active', 'deactivated'] as const;

export interface StaffUser extends StaffUserDetails {
  status: (typeof STAFF_STATUSES)[number];
  /**
   * Tokens carry the generation they were issued in; a password change, a role change and a
   * deactivation start a new one, which ends every token issued before (absent: 0).
   */
  tokenGeneration?: number;
  /** Tokens ended by logout that have not expired yet (as of the latest revocation). */
  revokedTokens?: { jti: string; until: string }[];
}

const nextGeneration = (user: StaffUser): number => (user.tokenGeneration ?? 0) + 1;

export type StaffState = { status: 'not_registered' } | StaffUser;

export const initialStaffState = (): StaffState => ({ status: 'not_registered' });

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  if (event.type === 'StaffRegistered') {
    const { registeredBy: _by, ...user } = event.data;
    return { status: 'active', ...user };
  }
  if (state.status === 'not_registered') return state;
  switch (event.type) {
    case 'StaffRolesChanged': {
      const { customerId: _c, contactId: _k, ...rest } = state;
      const { to, customerId, contactId } = event.data;
      return {
        ...rest,
        roles: to,
        ...(customerId && { customerId }),
        ...(contactId && { contactId }),
        tokenGeneration: nextGeneration(state),
      };
    }
    case 'StaffProfileUpdated':
      return { ...state, ...event.data.changes };
    case 'StaffPasswordChanged':
      return { ...state, passwordHash: event.data.passwordHash, tokenGeneration: nextGeneration(state) };
    case 'StaffDeactivated':
      return { ...state, status: 'deactivated', tokenGeneration: nextGeneration(state) };
    case 'StaffReactivated':
      return { ...state, status: 'active' };
    case 'StaffTokenRevoked': {
      const { jti, until, revokedAt } = event.data;
      const now = instantMs(revokedAt, 'data.revokedAt');
      const live = (state.revokedTokens ?? []).filter((t) => instantMs(t.until, 'until') > now);
      return { ...state, revokedTokens: [...live, { jti, until }] };
    }
  }
}
