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
