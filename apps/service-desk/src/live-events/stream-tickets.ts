import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessTokens } from '../auth/access-tokens.js';
import type { TokenIdentity } from '../auth/token-holders.js';

export const STREAM_TICKET_TTL_SECONDS = 60;
const AUDIENCE = 'event-stream';

export interface StreamTicket {
  ticket: string;
  /** ISO 8601: the ticket must be used before this. */
  expiresAt: string;
}

/**
 * Short-lived, single-use tickets for GET /api/events/stream, so that a browser's EventSource
 * (which cannot send an Authorization header) never puts the long-lived bearer token in a URL.
 * A ticket is a JWT signed with the service's key for the audience `event-stream` (never accepted
 * as a bearer token), valid 60 s, naming the bearer token it was issued for: the stream lives only
 * as long as that token does. Each process accepts a ticket once (it remembers the ids it took
 * until they expire).
 */
@Injectable()
export class StreamTickets {
  private readonly taken = new Map<string, number>();

  constructor(private readonly tokens: AccessTokens) {}

  async issue(token: TokenIdentity, nowMs = Date.now()): Promise<StreamTicket> {
    const payload = { sub: token.sub, gen: token.gen, tok: token.jti, tokExp: token.exp };
    const ticket = await this.tokens.jwt.signAsync(payload, {
      audience: AUDIENCE,
      expiresIn: STREAM_TICKET_TTL_SECONDS,
      jwtid: randomUUID(),
    });
    return { ticket, expiresAt: new Date(nowMs + STREAM_TICKET_TTL_SECONDS * 1000).toISOString() };
  }

  /** The bearer token a ticket was issued for; throws 'invalid' or 'expired' (the message) otherwise, and for a ticket used before. */
  async redeem(ticket: string, nowMs = Date.now()): Promise<TokenIdentity> {
    let payload: Record<string, unknown>;
    try {
      payload = await this.tokens.jwt.verifyAsync<Record<string, unknown>>(ticket, { audience: AUDIENCE });
    } catch (error) {
      throw new Error((error as Error).name === 'TokenExpiredError' ? 'expired' : 'invalid');
    }
    const { sub, gen, tok, tokExp, jti, exp } = payload;
    if (typeof sub !== 'string' || typeof tok !== 'string' || typeof jti !== 'string')
      throw new Error('invalid');
    if (!Number.isSafeInteger(gen) || !Number.isSafeInteger(tokExp) || !Number.isSafeInteger(exp)) {
      throw new Error('invalid');
    }
    for (const [id, until] of this.taken) if (until <= nowMs) this.taken.delete(id);
    if (this.taken.has(jti)) throw new Error('used');
    this.taken.set(jti, (exp as number) * 1000);
    return { sub, gen: gen as number, jti: tok, exp: tokExp as number };
  }
}
