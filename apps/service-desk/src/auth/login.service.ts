import { Injectable } from '@nestjs/common';
import { loginFailures } from '../metrics/security-counters.js';
import { StaffAccounts } from '../staff/staff-accounts.js';
import { AccessTokens } from './access-tokens.js';
import { unauthorized } from './auth-problems.js';
import type { LoginResponseDto } from './login-response.dto.js';
import { PasswordHasher } from './password-hasher.js';

const USERNAME = /^[A-Za-z0-9._@-]{2,64}$/;
export const WRONG_CREDENTIALS = 'Wrong username or password';

/** Checks a username and password against the user's stream and issues a bearer token. */
@Injectable()
export class LoginService {
  constructor(
    private readonly accounts: StaffAccounts,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccessTokens,
  ) {}

  async login(username: string, password: string): Promise<LoginResponseDto> {
    const state = USERNAME.test(username)
      ? await this.accounts.byUsername(username)
      : ({ status: 'not_registered' } as const);
    const hash = state.status === 'not_registered' ? undefined : state.passwordHash;
    // Verified even for an unknown user (against a decoy), so that the answer takes as long.
    const verified = await this.passwords.verify(hash, password);
    if (state.status === 'not_registered' || hash === undefined || !verified) {
      loginFailures.inc(); // metrics: ledger_login_failures_total
      throw unauthorized(WRONG_CREDENTIALS);
    }
    if (state.status === 'deactivated') throw unauthorized('The account is deactivated');
    const user = {
      id: state.staffId,
      username: state.username,
      role: state.roles[0],
      ...(state.customerId !== undefined && { customerId: state.customerId }),
    };
    const issued = await this.tokens.issue({ sub: user.id, ...user });
    return { ...issued, user: { ...user, displayName: state.name } };
  }
}
