import type { Role } from '../shared/actor.js';

/**
 * Events of a staff user stream (`staff-<staffId>`): every user of the system, including the
 * customer contacts who log in (role `customer`, bound to one customer).
 */
export type StaffEvent =
  | { type: 'StaffRegistered'; data: StaffRegisteredData }
  | { type: 'StaffRolesChanged'; data: StaffRolesChangedData }
  | { type: 'StaffProfileUpdated'; data: { staffId: string; changes: StaffProfile; updatedBy: string } }
  | { type: 'StaffPasswordChanged'; data: { staffId: string; passwordHash: string; changedBy: string } }
  | { type: 'StaffDeactivated'; data: { staffId: string; reason?: string; deactivatedBy: string } }
  | { type: 'StaffReactivated'; data: { staffId: string; reactivatedBy: string } }
  | { type: 'StaffTokenRevoked'; data: StaffTokenRevokedData };

/** A bearer token ended before its time (logout): refused from then on, until it would have expired anyway. */
export interface StaffTokenRevokedData {
  staffId: string;
  /** The token's id (its `jti`) and its expiry. */
  jti: string;
  until: string;
  revokedAt: string;
}

export type StaffEventType = StaffEvent['type'];

/** Name and contact details; in an update, only the fields that changed. */
export interface StaffProfile {
  name?: string;
  email?: string;
  phone?: string;
}

/** Who a staff user is: what registering gives, and what the user's state keeps. */
export interface StaffUserDetails {
  staffId: string;
  /** Login name, unique across users (the application checks uniqueness). */
  username: string;
  name: string;
  /** One or more of agent, engineer, manager, headquarters, auditor, admin; or exactly ['customer']. */
  roles: Role[];
  /** Only for role `customer`: the organisation the contact belongs to. */
  customerId?: string;
  /** Only for role `customer`: the contact in the customer stream, if known. */
  contactId?: string;
  email?: string;
  phone?: string;
  /** Computed by the application (e.g. argon2), never by the domain; the state keeps the latest. */
  passwordHash?: string;
}

export interface StaffRegisteredData extends StaffUserDetails {
  registeredBy: string;
}

export interface StaffRolesChangedData {
  staffId: string;
  from: Role[];
  to: Role[];
  /** Present when the new roles are `customer`. */
  customerId?: string;
  contactId?: string;
  changedBy: string;
}
