import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StaffAccounts } from '../staff/staff-accounts.js';
import { AccessTokens } from './access-tokens.js';
import { unauthorized } from './auth-problems.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { IS_PUBLIC } from './public.decorator.js';

const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/;
const REALM = 'Bearer realm="service-ledger"';

/**
 * Global guard: every route needs `Authorization: Bearer <token>` unless marked @Public(). The
 * token must be valid and unexpired, and its user must still exist and be active: the user's
 * stream is read on each request, so a deactivation or a role change applies at once.
 * Puts the caller on `request.user`; answers 401 problem+json with WWW-Authenticate otherwise.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly accounts: StaffAccounts,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const refuse = (detail: string, error?: string) => {
      void reply.header('WWW-Authenticate', error ? `${REALM}, error="${error}"` : REALM);
      return unauthorized(detail);
    };
    const header = request.headers.authorization;
    if (header === undefined) throw refuse('A bearer token is required (Authorization: Bearer <token>)');
    const match = BEARER.exec(header.trim());
    if (!match) throw refuse('The Authorization header must be "Bearer <token>"', 'invalid_request');
    let claims;
    try {
      claims = await this.tokens.verify(match[1]);
    } catch (error) {
      const expired = (error as Error).message === 'expired';
      throw refuse(expired ? 'The token has expired' : 'The token is not valid', 'invalid_token');
    }
    const { state } = await this.accounts.byId(claims.sub);
    if (state.status !== 'active') throw refuse('The token’s user is no longer active', 'invalid_token');
    const user: AuthenticatedUser = {
      id: state.staffId,
      username: state.username,
      role: state.roles[0],
      ...(state.customerId !== undefined && { customerId: state.customerId }),
    };
    request.user = user;
    return true;
  }
}
