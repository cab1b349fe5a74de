import type { CommandStamp } from '../shared/command-stamp.js';
import type { StaffProfile, StaffUserDetails } from './staff.events.js';

/**
 * Commands of a staff user. The admin may issue all of them; a user may also set its own
 * password, update its own profile and end (revoke) its own token.
 */
export type StaffCommand =
  | ({ type: 'RegisterStaff'; data: RegisterStaffData } & CommandStamp)
  | ({ type: 'ChangeStaffRoles'; data: ChangeStaffRolesData } & CommandStamp)
  | ({ type: 'UpdateStaffProfile'; data: { staffId: string; changes: StaffProfile } } & CommandStamp)
  | ({ type: 'SetStaffPassword'; data: { staffId: string; passwordHash: string } } & CommandStamp)
  | ({ type: 'DeactivateStaff'; data: { staffId: string; reason?: string } } & CommandStamp)
  | ({ type: 'ReactivateStaff'; data: { staffId: string } } & CommandStamp)
  | ({ type: 'RevokeStaffToken'; data: { staffId: string; jti: string; until: string } } & CommandStamp);

export type StaffCommandType = StaffCommand['type'];

export type RegisterStaffData = StaffUserDetails;

export type ChangeStaffRolesData = Pick<StaffUserDetails, 'staffId' | 'roles' | 'customerId' | 'contactId'>;
