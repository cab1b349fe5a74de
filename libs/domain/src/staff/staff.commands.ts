import type { Role } from '../shared/actor.js';
import type { CommandStamp } from '../shared/command-stamp.js';
import type { StaffProfile } from './staff.events.js';

/**
 * Commands of a staff user. The admin may issue all of them; a user may also set its own
 * password and update its own profile.
 */
export type StaffCommand =
  | ({ type: 'RegisterStaff'; data: RegisterStaffData } & CommandStamp)
  | ({ type: 'ChangeStaffRoles'; data: ChangeStaffRolesData } & CommandStamp)
  | ({ type: 'UpdateStaffProfile'; data: { staffId: string; changes: StaffProfile } } & CommandStamp)
  | ({ type: 'SetStaffPassword'; data: { staffId: string; passwordHash: string } } & CommandStamp)
  | ({ type: 'DeactivateStaff'; data: { staffId: string; reason?: string } } & CommandStamp)
  | ({ type: 'ReactivateStaff'; data: { staffId: string } } & CommandStamp);

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
