import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokens } from '../auth/access-tokens.js';
import { unauthorized } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { StaffAccounts } from '../staff/staff-accounts.js';

const BEARER = /^Bearer\s+(\S+)$/;
const REALM = 'Bearer realm="service-ledger"';

/** The caller of the event stream and every role it holds. */
export interface StreamCaller extends AuthenticatedUser {
  roles: string[];
}

/**
 * Authenticates the event stream: `Authorization: Bearer <token>`, or `?access_token=<token>`
 * since a browser's EventSource cannot set headers. The same checks as every other route: a valid,
 * unexpired token whose user is still active; 401 problem+json with WWW-Authenticate otherwise.
 */
@Injectable()
export class StreamCallers {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly accounts: StaffAccounts,
  ) {}

  async authenticate(
    request: FastifyRequest,
    reply: FastifyReply,
    accessToken: string | undefined,
  ): Promise<StreamCaller> {
    const refuse = (detail: string, error?: string) => {
      void reply.header('WWW-Authenticate', error ? `${REALM}, error="${error}"` : REALM);
      return unauthorized(detail);
    };
    const header = request.headers.authorization;
    const token = header !== undefined ? BEARER.exec(header.trim())?.[1] : accessToken;
    if (header !== undefined && token === undefined) {
      throw refuse('The Authorization header must be "Bearer <token>"', 'invalid_request');
    }
    if (token === undefined) {
      throw refuse('A bearer token is required (Authorization: Bearer <token>, or ?access_token=<token>)');
    }
    let sub: string;
    try {
      sub = (await this.tokens.verify(token)).sub;
    } catch (error) {
      const expired = (error as Error).message === 'expired';
      throw refuse(expired ? 'The token has expired' : 'The token is not valid', 'invalid_token');
    }
    const { state } = await this.accounts.byId(sub);
    if (state.status !== 'active') throw refuse('The token’s user is no longer active', 'invalid_token');
    return {
      id: state.staffId,
      username: state.username,
      role: state.roles[0],
      roles: [...state.roles],
      ...(state.customerId !== undefined && { customerId: state.customerId }),
    };
  }
}
