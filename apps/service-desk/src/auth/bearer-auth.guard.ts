import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { unauthorized } from './auth-problems.js';
import { IS_PUBLIC } from './public.decorator.js';
import { TokenHolders, TokenRefusedError } from './token-holders.js';

const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/;
const REALM = 'Bearer realm="service-ledger"';

/**
 * Global guard: every route needs `Authorization: Bearer <token>` unless marked @Public(). The
 * token must be valid and unexpired, and its user must still exist and be active, the token of the
 * user's current generation and not ended by logout: the user's stream is read on each request
 * (TokenHolders), so a deactivation, a password or role change, or a logout applies at once.
 * Puts the caller on `request.user`; answers 401 problem+json with WWW-Authenticate otherwise.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly holders: TokenHolders,
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
    let holder;
    try {
      holder = await this.holders.holderOf(match[1]);
    } catch (error) {
      if (!(error instanceof TokenRefusedError)) throw error;
      throw refuse(error.message, 'invalid_token');
    }
    request.user = holder.user;
    request.tokenClaims = holder.claims;
    return true;
  }
}
