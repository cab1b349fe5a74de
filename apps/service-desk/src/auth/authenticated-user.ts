import type { Role } from '#domain';
import type { TokenClaims } from './token-claims.js';

/** The caller, as the bearer token proves it. The guard puts it on `request.user`. */
export interface AuthenticatedUser {
  /** Staff id; the actor id written into events. */
  id: string;
  username: string;
  role: Role;
  /** Set for role 'customer': the one organisation this contact may see. */
  customerId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthenticatedUser;
    /** The bearer token the caller presented (its id and expiry, for logout). */
    tokenClaims?: TokenClaims;
  }
}
