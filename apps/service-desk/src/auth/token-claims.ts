import type { Role } from '#domain';

/** What a bearer token says (besides iat and exp). The guard re-reads the user's stream anyway. */
export interface TokenClaims {
  /** The staff id. */
  sub: string;
  username: string;
  role: Role;
  customerId?: string;
}
