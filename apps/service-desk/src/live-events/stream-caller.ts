import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AccessTokens } from '../auth/access-tokens.js';
import { unauthorized } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { StaffAccounts } from '../staff/staff-accounts.js';

const BEARER = /^Bearer\s+(\S+)$/;

/** The caller of the event stream and every role it holds. */
export interface StreamCaller extends AuthenticatedUser {
  roles: string[];
}

/**
 * Authenticates the event stream: `Authorization: Bearer <token>`, or `?access_token=<token>`
 * since a browser's EventSource cannot set headers. The same checks as every other route: a valid,
 * unexpired token whose user is still active. 401 problem+json otherwise.
 */
@Injectable()
export class StreamCallers {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly accounts: StaffAccounts,
  ) {}

  async authenticate(request: FastifyRequest, accessToken: string | undefined): Promise<StreamCaller> {
    const header = request.headers.authorization;
    const token = header !== undefined ? BEARER.exec(header.trim())?.[1] : accessToken;
    if (token === undefined) {
      throw unauthorized(
        'A bearer token is required (Authorization: Bearer <token>, or ?access_token=<token>)',
      );
    }
    let sub: string;
    try {
      sub = (await this.tokens.verify(token)).sub;
    } catch (error) {
      throw unauthorized(
        (error as Error).message === 'expired' ? 'The token has expired' : 'The token is not valid',
      );
    }
    const { state } = await this.accounts.byId(sub);
    if (state.status !== 'active') throw unauthorized('The token’s user is no longer active');
    return {
      id: state.staffId,
      username: state.username,
      role: state.roles[0],
      roles: [...state.roles],
      ...(state.customerId !== undefined && { customerId: state.customerId }),
    };
  }
}
