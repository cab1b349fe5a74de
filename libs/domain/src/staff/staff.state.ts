import type { StaffEvent, StaffUserDetails } from './staff.events.js';

export const STAFF_STATUSES = ['active', 'deactivated'] as const;

export interface StaffUser extends StaffUserDetails {
  status: (typeof STAFF_STATUSES)[number];
}

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
      return { ...rest, roles: to, ...(customerId && { customerId }), ...(contactId && { contactId }) };
    }
    case 'StaffProfileUpdated':
      return { ...state, ...event.data.changes };
    case 'StaffPasswordChanged':
      return { ...state, passwordHash: event.data.passwordHash };
    case 'StaffDeactivated':
      return { ...state, status: 'deactivated' };
    case 'StaffReactivated':
      return { ...state, status: 'active' };
  }
}
