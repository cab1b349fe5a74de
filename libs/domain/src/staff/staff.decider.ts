import type { Actor } from '../shared/actor.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { requireActor, requireCommandShape } from '../shared/command-stamp.js';
import type { Decider } from '../shared/decider.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { instantMs } from '../shared/instant.js';
import { defined, optionalText, requireText } from '../shared/require.js';
import { ValidationError } from '../shared/validation.error.js';
import { requireRoleBinding } from './staff-roles.js';
import type { StaffCommand, StaffCommandType } from './staff.commands.js';
import type { StaffEvent, StaffProfile } from './staff.events.js';
import { evolveStaff, initialStaffState, type StaffState, type StaffUser } from './staff.state.js';

const USERNAME = /^[A-Za-z0-9._@-]{2,64}$/;
const SELF_SERVICE: readonly StaffCommandType[] = [
  'SetStaffPassword',
  'UpdateStaffProfile',
  'RevokeStaffToken',
];

const COMMAND_TYPES = [
  'RegisterStaff',
  'ChangeStaffRoles',
  'UpdateStaffProfile',
  'SetStaffPassword',
  'DeactivateStaff',
  'ReactivateStaff',
  'RevokeStaffToken',
];

export function decideStaff(command: StaffCommand, state: StaffState): StaffEvent[] {
  requireCommandShape(command, COMMAND_TYPES);
  const actor = requireActor(command.actor);
  assertMay(actor, command);
  if (command.type === 'RegisterStaff') {
    if (state.status !== 'not_registered') throw new AlreadyExistsError('staff user', state.staffId);
    return [register(command.data, actor)];
  }
  if (state.status === 'not_registered') throw new NotFoundError('staff user', command.data.staffId);
  if (command.type === 'ReactivateStaff') {
    if (state.status !== 'deactivated')
      throw new InvalidTransitionError(state.status, command.type, 'staff user');
    return [{ type: 'StaffReactivated', data: { staffId: state.staffId, reactivatedBy: actor.id } }];
  }
  if (state.status === 'deactivated')
    throw new InvalidTransitionError(state.status, command.type, 'staff user');
  return decideActive(command, state, actor);
}

function decideActive(
  command: Exclude<StaffCommand, { type: 'RegisterStaff' | 'ReactivateStaff' }>,
  user: StaffUser,
  actor: Actor,
): StaffEvent[] {
  const staffId = user.staffId;
  switch (command.type) {
    case 'ChangeStaffRoles': {
      const binding = requireRoleBinding(command.data);
      const same =
        binding.roles.join() === user.roles.join() &&
        binding.customerId === user.customerId &&
        binding.contactId === user.contactId;
      if (same) return [];
      const { roles: to, customerId, contactId } = binding;
      const data = defined({ staffId, from: user.roles, to, customerId, contactId, changedBy: actor.id });
      return [{ type: 'StaffRolesChanged', data }];
    }
    case 'UpdateStaffProfile': {
      const changes = profile(command.data.changes);
      for (const key of Object.keys(changes) as (keyof StaffProfile)[])
        if (changes[key] === user[key]) delete changes[key];
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'StaffProfileUpdated', data: { staffId, changes, updatedBy: actor.id } }];
    }
    case 'SetStaffPassword': {
      const passwordHash = requireText(command.data.passwordHash, 'data.passwordHash', 1000);
      return [{ type: 'StaffPasswordChanged', data: { staffId, passwordHash, changedBy: actor.id } }];
    }
    case 'DeactivateStaff': {
      const reason = optionalText(command.data.reason, 'data.reason');
      return [{ type: 'StaffDeactivated', data: defined({ staffId, reason, deactivatedBy: actor.id }) }];
    }
    case 'RevokeStaffToken': {
      const jti = requireText(command.data.jti, 'data.jti', 200);
      const until = requireText(command.data.until, 'data.until', 100);
      instantMs(until, 'data.until');
      if (user.revokedTokens?.some((t) => t.jti === jti)) return [];
      return [{ type: 'StaffTokenRevoked', data: { staffId, jti, until, revokedAt: command.now } }];
    }
  }
}

function register(d: Extract<StaffCommand, { type: 'RegisterStaff' }>['data'], actor: Actor): StaffEvent {
  const username = typeof d.username === 'string' ? d.username.trim() : d.username;
  if (typeof username !== 'string' || !USERNAME.test(username)) {
    throw new ValidationError('data.username', 'must be 2 to 64 letters, digits or . _ @ -');
  }
  const binding = requireRoleBinding(d);
  const data = defined({
    staffId: requireText(d.staffId, 'data.staffId', 200),
    username,
    name: requireText(d.name, 'data.name', 200),
    roles: binding.roles,
    customerId: binding.customerId,
    contactId: binding.contactId,
    email: optionalText(d.email, 'data.email', 200),
    phone: optionalText(d.phone, 'data.phone', 50),
    passwordHash: optionalText(d.passwordHash, 'data.passwordHash', 1000),
    registeredBy: actor.id,
  });
  return { type: 'StaffRegistered', data };
}

function profile(input: unknown): StaffProfile {
  if (input === null || typeof input !== 'object')
    throw new ValidationError('data.changes', 'must be an object');
  const p = input as Record<string, unknown>;
  return defined({
    name: optionalText(p.name, 'data.changes.name', 200),
    email: optionalText(p.email, 'data.changes.email', 200),
    phone: optionalText(p.phone, 'data.changes.phone', 50),
  });
}

/** The admin manages users; a user may set its own password and profile, and end its own token. */
function assertMay(actor: Actor, command: StaffCommand): void {
  if (actor.role === 'admin') return;
  if (SELF_SERVICE.includes(command.type) && actor.id === command.data.staffId) return;
  throw new ForbiddenError(actor.role, command.type);
}

export const staffDecider: Decider<StaffCommand, StaffEvent, StaffState> = {
  decide: decideStaff,
  evolve: evolveStaff,
  initialState: initialStaffState,
};
