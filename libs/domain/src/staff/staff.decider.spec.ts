import type { Actor } from '../shared/actor.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { fold } from '../shared/decider.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { StaffCommand } from './staff.commands.js';
import { staffDecider } from './staff.decider.js';
import type { StaffEvent } from './staff.events.js';

const given = DeciderSpecification.for(staffDecider);
const ADMIN: Actor = { id: 'admin-1', role: 'admin' };
const on = (type: StaffCommand['type'], data: object, actor: Actor = ADMIN): StaffCommand =>
  ({ type, data: { staffId: 's-1', ...data }, actor, now: '2026-01-10T09:00:00+08:00' }) as StaffCommand;

const zhang: StaffEvent = {
  type: 'StaffRegistered',
  data: {
    staffId: 's-1',
    username: 'zhang',
    name: 'Duty Engineer One',
    roles: ['engineer'],
    passwordHash: '$argon2id$v=19$abc',
    registeredBy: 'admin-1',
  },
};
const deactivated: StaffEvent = {
  type: 'StaffDeactivated',
  data: { staffId: 's-1', deactivatedBy: 'admin-1' },
};

describe('RegisterStaff', () => {
  it('registers a user with its roles and the password hash given', () => {
    given([])
      .when(
        on('RegisterStaff', {
          username: 'zhang',
          name: 'Duty Engineer One',
          roles: ['engineer'],
          passwordHash: '$argon2id$v=19$abc',
        }),
      )
      .then([zhang]);
  });

  it('binds a customer contact to its customer', () => {
    given([])
      .when(
        on('RegisterStaff', {
          username: 'dr.wang',
          name: 'Dr. Example',
          roles: ['customer'],
          customerId: 'cu-1',
          contactId: 'k-1',
        }),
      )
      .then([
        {
          type: 'StaffRegistered',
          data: {
            staffId: 's-1',
            username: 'dr.wang',
            name: 'Dr. Example',
            roles: ['customer'],
            customerId: 'cu-1',
            contactId: 'k-1',
            registeredBy: 'admin-1',
          },
        },
      ]);
  });

  it('lists several roles once each, in the canonical order', () => {
    given([])
      .when(on('RegisterStaff', { username: 'li', name: 'Li Na', roles: ['manager', 'engineer', 'manager'] }))
      .then([
        {
          type: 'StaffRegistered',
          data: {
            staffId: 's-1',
            username: 'li',
            name: 'Li Na',
            roles: ['engineer', 'manager'],
            registeredBy: 'admin-1',
          },
        },
      ]);
  });

  it('refuses a role that is not one of the seven', () => {
    given([])
      .when(on('RegisterStaff', { username: 'x1', name: 'X', roles: ['supervisor'] }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.roles[0]'));
  });

  it('refuses a customer contact without its customer', () => {
    given([])
      .when(on('RegisterStaff', { username: 'x1', name: 'X', roles: ['customer'] }))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('customer_required'));
  });

  it('refuses a customer contact who would also be staff', () => {
    given([])
      .when(
        on('RegisterStaff', { username: 'x1', name: 'X', roles: ['customer', 'agent'], customerId: 'cu-1' }),
      )
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('customer_role_exclusive'));
  });

  it('names a missing user by its id, and leaves an id that is not text out of the message', () => {
    given([])
      .when(on('UpdateStaffProfile', { staffId: 's-9', changes: { name: 'X' } }))
      .thenThrows(NotFoundError, (e) => expect(e.message).toBe('No staff user s-9'));
    // Found by the robustness property (seed -1971649476): an object with no usable toString once
    // threw a TypeError while the message was built, instead of the domain's own error.
    given([])
      .when(on('UpdateStaffProfile', { staffId: { toString: {} } }))
      .thenThrows(NotFoundError, (e) => expect([e.message, e.id]).toEqual(['No such staff user', undefined]));
  });

  it('refuses a user that exists', () => {
    given([zhang])
      .when(on('RegisterStaff', { username: 'zhang', name: 'Duty Engineer One', roles: ['engineer'] }))
      .thenThrows(AlreadyExistsError);
  });

  it('is the admin’s alone', () => {
    given([])
      .when(
        on(
          'RegisterStaff',
          { username: 'x1', name: 'X', roles: ['agent'] },
          { id: 'mgr-1', role: 'manager' },
        ),
      )
      .thenThrows(ForbiddenError);
  });
});

describe('ChangeStaffRoles', () => {
  it('records the old and the new roles', () => {
    given([zhang])
      .when(on('ChangeStaffRoles', { roles: ['engineer', 'manager'] }))
      .then([
        {
          type: 'StaffRolesChanged',
          data: { staffId: 's-1', from: ['engineer'], to: ['engineer', 'manager'], changedBy: 'admin-1' },
        },
      ]);
  });

  it('does nothing when the roles are the same', () => {
    given([zhang])
      .when(on('ChangeStaffRoles', { roles: ['engineer'] }))
      .thenNothing();
  });
});

describe('SetStaffPassword', () => {
  it('lets users set their own password hash', () => {
    given([zhang])
      .when(on('SetStaffPassword', { passwordHash: '$argon2id$v=19$new' }, { id: 's-1', role: 'engineer' }))
      .then([
        {
          type: 'StaffPasswordChanged',
          data: { staffId: 's-1', passwordHash: '$argon2id$v=19$new', changedBy: 's-1' },
        },
      ]);
  });

  it('refuses a user setting someone else’s password', () => {
    given([zhang])
      .when(on('SetStaffPassword', { passwordHash: 'h' }, { id: 's-2', role: 'engineer' }))
      .thenThrows(ForbiddenError);
  });

  it('keeps the latest hash in the state for the login check', () => {
    const changed: StaffEvent = {
      type: 'StaffPasswordChanged',
      data: { staffId: 's-1', passwordHash: 'h2', changedBy: 's-1' },
    };
    expect(fold(staffDecider, [zhang, changed])).toMatchObject({ passwordHash: 'h2' });
  });
});

describe('UpdateStaffProfile', () => {
  it('records the changed fields', () => {
    given([zhang])
      .when(
        on(
          'UpdateStaffProfile',
          { changes: { phone: '138-0000-0000', name: 'Duty Engineer One' } },
          { id: 's-1', role: 'engineer' },
        ),
      )
      .then([
        {
          type: 'StaffProfileUpdated',
          data: { staffId: 's-1', changes: { phone: '138-0000-0000' }, updatedBy: 's-1' },
        },
      ]);
  });
});

describe('DeactivateStaff and ReactivateStaff', () => {
  it('deactivates a user', () => {
    given([zhang]).when(on('DeactivateStaff', {})).then([deactivated]);
  });

  it('refuses any other change to a deactivated user, naming the status', () => {
    given([zhang, deactivated])
      .when(on('ChangeStaffRoles', { roles: ['agent'] }))
      .thenThrows(InvalidTransitionError, (e) =>
        expect(e.message).toBe('ChangeStaffRoles is not allowed: the staff user is deactivated'),
      );
  });

  it('reactivates a deactivated user', () => {
    given([zhang, deactivated])
      .when(on('ReactivateStaff', {}))
      .then([{ type: 'StaffReactivated', data: { staffId: 's-1', reactivatedBy: 'admin-1' } }]);
  });

  it('refuses to reactivate an active user', () => {
    given([zhang])
      .when(on('ReactivateStaff', {}))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('active'));
  });
});

describe('token generations and revoked tokens', () => {
  const generation = (events: StaffEvent[]) => {
    const state = fold(staffDecider, events);
    return state.status === 'not_registered' ? undefined : (state.tokenGeneration ?? 0);
  };
  const passwordChanged: StaffEvent = {
    type: 'StaffPasswordChanged',
    data: { staffId: 's-1', passwordHash: 'h2', changedBy: 's-1' },
  };
  const rolesChanged: StaffEvent = {
    type: 'StaffRolesChanged',
    data: { staffId: 's-1', from: ['engineer'], to: ['agent'], changedBy: 'admin-1' },
  };

  it('starts a new generation of tokens at a password change, a role change and a deactivation', () => {
    expect(generation([zhang])).toBe(0);
    expect(generation([zhang, passwordChanged])).toBe(1);
    expect(generation([zhang, passwordChanged, rolesChanged])).toBe(2);
    expect(generation([zhang, passwordChanged, rolesChanged, deactivated])).toBe(3);
  });

  it('lets users end their own token, once, until it expires', () => {
    const self: Actor = { id: 's-1', role: 'engineer' };
    const revoke = on('RevokeStaffToken', { jti: 't-1', until: '2026-01-10T17:00:00+08:00' }, self);
    const revoked: StaffEvent = {
      type: 'StaffTokenRevoked',
      data: {
        staffId: 's-1',
        jti: 't-1',
        until: '2026-01-10T17:00:00+08:00',
        revokedAt: '2026-01-10T09:00:00+08:00',
      },
    };
    given([zhang]).when(revoke).then([revoked]);
    given([zhang, revoked]).when(revoke).thenNothing();
    given([zhang])
      .when(
        on(
          'RevokeStaffToken',
          { jti: 't-1', until: '2026-01-10T17:00:00+08:00' },
          { id: 's-2', role: 'engineer' },
        ),
      )
      .thenThrows(ForbiddenError);
  });

  it('forgets revoked tokens that have expired by the next revocation', () => {
    const revokedAt = (jti: string, until: string, at: string): StaffEvent => ({
      type: 'StaffTokenRevoked',
      data: { staffId: 's-1', jti, until, revokedAt: at },
    });
    const state = fold(staffDecider, [
      zhang,
      revokedAt('t-1', '2026-01-10T10:00:00Z', '2026-01-10T09:00:00Z'),
      revokedAt('t-2', '2026-01-10T20:00:00Z', '2026-01-10T11:00:00Z'),
    ]);
    expect(state.status !== 'not_registered' && state.revokedTokens).toEqual([
      { jti: 't-2', until: '2026-01-10T20:00:00Z' },
    ]);
  });
});
