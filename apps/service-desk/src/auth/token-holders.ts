import { Injectable } from '@nestjs/common';
import type { StaffState, StaffUser } from '#domain';
import { StaffAccounts } from '../staff/staff-accounts.js';
import { AccessTokens } from './access-tokens.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import type { TokenClaims } from './token-claims.js';

/** Why a token was refused, as the 401's detail says it. */
export class TokenRefusedError extends Error {
  constructor(
    readonly reason: 'expired' | 'invalid' | 'inactive' | 'superseded' | 'revoked',
    message: string,
  ) {
    super(message);
  }
}

/** What identifies a bearer token and its user: enough to check it against the user's stream. */
export type TokenIdentity = Pick<TokenClaims, 'sub' | 'gen' | 'jti' | 'exp'>;

/** A token's holder, as the user's stream tells it now. */
export interface TokenHolder<C = TokenClaims> {
  user: AuthenticatedUser;
  /** Every role the user holds (the token's `role` is the first). */
  roles: string[];
  claims: C;
}

/**
 * Checks a bearer token against its user's stream, read on each call: the user must still be
 * active, the token of the user's current generation (not issued before a password change, a role
 * change or a deactivation) and not ended by logout.
 */
@Injectable()
export class TokenHolders {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly accounts: StaffAccounts,
  ) {}

  async holderOf(token: string): Promise<TokenHolder> {
    let claims: TokenClaims;
    try {
      claims = await this.tokens.verify(token);
    } catch (error) {
      throw (error as Error).message === 'expired'
        ? new TokenRefusedError('expired', 'The token has expired')
        : new TokenRefusedError('invalid', 'The token is not valid');
    }
    return { ...(await this.holderFor(claims)), claims };
  }

  /**
   * The holder of a token already proven (a stream ticket names the token it was issued for, or an
   * open event stream checks its token again): the token's expiry, and the user's stream, read now.
   */
  async holderFor(token: TokenIdentity, nowMs = Date.now()): Promise<TokenHolder<TokenIdentity>> {
    if (token.exp * 1000 <= nowMs) throw new TokenRefusedError('expired', 'The token has expired');
    const user = stillValid((await this.accounts.byId(token.sub)).state, token);
    return { user: userOf(user), roles: [...user.roles], claims: token };
  }
}

function stillValid(state: StaffState, claims: TokenIdentity): StaffUser {
  if (state.status !== 'active') {
    throw new TokenRefusedError('inactive', 'The token’s user is no longer active');
  }
  if ((state.tokenGeneration ?? 0) !== claims.gen) {
    throw new TokenRefusedError(
      'superseded',
      'The token was issued before the user’s password, role or status changed; log in again',
    );
  }
  if (state.revokedTokens?.some((t) => t.jti === claims.jti)) {
    throw new TokenRefusedError('revoked', 'The token has been ended by logout');
  }
  return state;
}

function userOf(state: StaffUser): AuthenticatedUser {
  return {
    id: state.staffId,
    username: state.username,
    role: state.roles[0],
    ...(state.customerId !== undefined && { customerId: state.customerId }),
  };
}
