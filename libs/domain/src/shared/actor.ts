/** The roles of DOMAIN.md, spelled exactly as the API and the tokens spell them. */
export const ROLES = [
  'agent',
  'engineer',
  'manager',
  'headquarters',
  'auditor',
  'admin',
  'customer',
] as const;
export type Role = (typeof ROLES)[number];

/** Who issues a command: taken from the bearer token by the API, never from a request body. */
export interface Actor {
  id: string;
  role: Role;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The role of the service itself (the SLA watchman): events may carry it; no user ever has it. */
export const SYSTEM_ROLE = 'system';
/** A role an event's actor may have: one of the seven staff roles, or the system. */
export type ActorRole = Role | typeof SYSTEM_ROLE;

/** Who issues a command: a user (from the token) or the service itself (e.g. the SLA watchman). */
export interface CommandActor {
  id: string;
  role: ActorRole;
}

/** The SLA watchman: the actor of every warning and automatic escalation it records. */
export const SLA_WATCHMAN: CommandActor = { id: 'sla-watchman', role: SYSTEM_ROLE };
