import type { Role } from '../shared/actor.js';
import type { CommandContext } from '../shared/command-context.js';
import type { StaffProfile } from './staff.events.js';

/**
 * Commands of a staff user. The admin may issue all of them; a user may also set its own
 * password and update its own profile.
 */
export type StaffCommand =
  | ({ type: 'RegisterStaff'; data: RegisterStaffData } & CommandContext)
  | ({ type: 'ChangeStaffRoles'; data: ChangeStaffRolesData } & CommandContext)
  | ({ type: 'UpdateStaffProfile'; data: { staffId: string; changes: StaffProfile } } & CommandContext)
  | ({ type: 'SetStaffPassword'; data: { staffId: string; passwordHash: string } } & CommandContext)
  | ({ type: 'DeactivateStaff'; data: { staffId: string; reason?: string } } & CommandContext)
  | ({ type: 'ReactivateStaff'; data: { staffId: string } } & CommandContext);

export type StaffCommandType = StaffCommand['type'];

export interface RegisterStaffData {
  staffId: string;
  username: string;
  name: string;
  /** One or more of agent, engineer, manager, headquarters, auditor, admin; or exactly ['customer']. */
  roles: Role[];
  customerId?: string;
  contactId?: string;
  email?: string;
  phone?: string;
  passwordHash?: string;
}

export interface ChangeStaffRolesData {
  staffId: string;
  roles: Role[];
  customerId?: string;
  contactId?: string;
}
