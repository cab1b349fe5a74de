import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { StaffState } from '#domain';
import { loginFailures } from '../metrics/security-counters.js';
import { StaffAccounts } from '../staff/staff-accounts.js';
import { AccessTokens } from './access-tokens.js';
import { unauthorized } from './auth-problems.js';
import { LoginAddressLimit } from './login-address-limit.js';
import type { LoginResponseDto } from './login-response.dto.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { tooManyAttempts } from './too-many-attempts.js';

const USERNAME = /^[A-Za-z0-9._@-]{2,64}$/;
export const WRONG_CREDENTIALS = 'Wrong username or password';
export const TOO_MANY_ATTEMPTS = 'Too many failed logins; try again later';

/**
 * Checks a username and password against the user's stream and issues a bearer token, behind two
 * throttles: per login name (in the store: 5 failures in 15 minutes lock it out, longer at each
 * further failure) and per client address (20 failures in 15 minutes, per process). A locked-out
 * name's password is not even checked. Unknown names are throttled alike, and every refusal reads
 * the same, so the answers never tell whether a name exists.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly accounts: StaffAccounts,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly addresses: LoginAddressLimit,
  ) {}

  async login(username: string, password: string, request: FastifyRequest): Promise<LoginResponseDto> {
    const addressWait = await this.addresses.retryAfter(request);
    if (addressWait > 0) throw tooManyAttempts(addressWait, TOO_MANY_ATTEMPTS);
    const standing = await this.throttle.standing(username);
    if (standing.retryAfter > 0) {
      throw tooManyAttempts(await this.failed(username, request), TOO_MANY_ATTEMPTS);
    }
    const state = USERNAME.test(username)
      ? await this.accounts.byUsername(username)
      : ({ status: 'not_registered' } as const);
    const hash = state.status === 'not_registered' ? undefined : state.passwordHash;
    // Verified even for an unknown user (against a decoy), so that the answer takes as long.
    const verified = await this.passwords.verify(hash, password);
    if (state.status === 'not_registered' || hash === undefined || !verified) {
      await this.failed(username, request);
      throw unauthorized(WRONG_CREDENTIALS);
    }
    if (standing.failures) await this.throttle.succeeded(username, request.id);
    return this.issue(state);
  }

  /** A token for a user whose password was just proven (also after a change of one's own password). */
  async issue(state: StaffState): Promise<LoginResponseDto> {
    if (state.status !== 'active') throw unauthorized('The account is deactivated');
    const user = {
      id: state.staffId,
      username: state.username,
      role: state.roles[0],
      ...(state.customerId !== undefined && { customerId: state.customerId }),
    };
    const issued = await this.tokens.issue({ sub: user.id, ...user, gen: state.tokenGeneration ?? 0 });
    return { ...issued, user: { ...user, displayName: state.name } };
  }

  /** Counts a failure against the name and the address; answers the seconds the name must now wait. */
  async failed(username: string, request: FastifyRequest): Promise<number> {
    loginFailures.inc(); // metrics: ledger_login_failures_total
    await this.addresses.failed(request);
    return this.throttle.failed(username, request.id);
  }
}
