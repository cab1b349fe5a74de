import type { Role } from '#domain';

/** Whom a bearer token is issued to. The guard re-reads the user's stream anyway. */
export interface TokenSubject {
  /** The staff id. */
  sub: string;
  username: string;
  role: Role;
  customerId?: string;
  /** The user's token generation when it was issued (a password or role change or a deactivation ends it). */
  gen: number;
}

/** What a verified bearer token says: its subject, its own id and its expiry (epoch seconds). */
export interface TokenClaims extends TokenSubject {
  jti: string;
  exp: number;
}
