import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { unauthorized } from '../auth/auth-problems.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { TokenHolders, TokenRefusedError, type TokenIdentity } from '../auth/token-holders.js';
import { StreamTickets } from './stream-tickets.js';

const BEARER = /^Bearer\s+(\S+)$/;
const REALM = 'Bearer realm="service-ledger"';

/** The caller of the event stream, every role it holds, and the bearer token its stream lives by. */
export interface StreamCaller extends AuthenticatedUser {
  roles: string[];
  token: TokenIdentity;
}

/**
 * Authenticates the event stream: `Authorization: Bearer <token>`, or `?ticket=<ticket>` (from
 * POST /api/events/ticket) since a browser's EventSource cannot set headers. The same checks as
 * every other route (TokenHolders); 401 problem+json with WWW-Authenticate otherwise.
 */
@Injectable()
export class StreamCallers {
  constructor(
    private readonly holders: TokenHolders,
    private readonly tickets: StreamTickets,
  ) {}

  async authenticate(
    request: FastifyRequest,
    reply: FastifyReply,
    ticket: string | undefined,
  ): Promise<StreamCaller> {
    const refuse = (detail: string, error?: string) => {
      void reply.header('WWW-Authenticate', error ? `${REALM}, error="${error}"` : REALM);
      return unauthorized(detail);
    };
    const header = request.headers.authorization;
    const bearer = header !== undefined ? BEARER.exec(header.trim())?.[1] : undefined;
    if (header !== undefined && bearer === undefined) {
      throw refuse('The Authorization header must be "Bearer <token>"', 'invalid_request');
    }
    if (bearer === undefined && ticket === undefined) {
      throw refuse(
        'A bearer token or a stream ticket is required (Authorization: Bearer <token>, or ?ticket=)',
      );
    }
    try {
      const holder =
        bearer !== undefined ? await this.holders.holderOf(bearer) : await this.fromTicket(ticket!);
      const { sub, gen, jti, exp } = holder.claims;
      return { ...holder.user, roles: holder.roles, token: { sub, gen, jti, exp } };
    } catch (error) {
      if (!(error instanceof TokenRefusedError)) throw error;
      throw refuse(error.message, 'invalid_token');
    }
  }

  private async fromTicket(ticket: string) {
    let token: TokenIdentity;
    try {
      token = await this.tickets.redeem(ticket);
    } catch (error) {
      const reason = (error as Error).message;
      throw new TokenRefusedError(
        reason === 'expired' ? 'expired' : 'invalid',
        reason === 'expired'
          ? 'The stream ticket has expired; ask POST /api/events/ticket for a new one'
          : reason === 'used'
            ? 'The stream ticket has been used already; ask POST /api/events/ticket for a new one'
            : 'The stream ticket is not valid',
      );
    }
    return this.holders.holderFor(token);
  }
}
