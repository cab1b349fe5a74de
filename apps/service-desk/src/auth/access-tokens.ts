import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole } from '#domain';
import { AppConfig } from '#service-config';
import { resolveJwtSecret } from './jwt-secret.js';
import type { TokenClaims, TokenSubject } from './token-claims.js';

export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;

export interface IssuedToken {
  accessToken: string;
  /** Seconds until the token expires. */
  expiresIn: number;
}

/**
 * Signs and checks bearer tokens (JWT, HS256) with the service's key. Each token has its own id
 * (`jti`, for logout), the user's token generation (`gen`) and an expiry; a token without any of
 * them, or one signed for another audience (an event-stream ticket), is not a bearer token.
 */
@Injectable()
export class AccessTokens {
  readonly ttlSeconds: number;
  /** Also signs the event stream's tickets (StreamTickets), with an audience of their own. */
  readonly jwt: JwtService;

  constructor(config: AppConfig) {
    this.ttlSeconds = config.JWT_TTL_SECONDS ?? DEFAULT_TOKEN_TTL_SECONDS;
    this.jwt = new JwtService({
      secret: resolveJwtSecret(config),
      signOptions: { algorithm: 'HS256', expiresIn: this.ttlSeconds },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  async issue(subject: TokenSubject): Promise<IssuedToken> {
    const accessToken = await this.jwt.signAsync({ ...subject }, { jwtid: randomUUID() });
    return { accessToken, expiresIn: this.ttlSeconds };
  }

  /** The token's claims; throws 'expired' or 'invalid' (as an Error message) otherwise. */
  async verify(token: string): Promise<TokenClaims> {
    let payload: Record<string, unknown>;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(token);
    } catch (error) {
      throw new Error((error as Error).name === 'TokenExpiredError' ? 'expired' : 'invalid');
    }
    const { sub, username, role, customerId, gen, jti, exp, aud } = payload;
    if (typeof sub !== 'string' || typeof username !== 'string' || !isRole(role)) throw new Error('invalid');
    if (customerId !== undefined && typeof customerId !== 'string') throw new Error('invalid');
    if (!Number.isSafeInteger(gen) || typeof jti !== 'string' || !Number.isSafeInteger(exp)) {
      throw new Error('invalid'); // no generation, id or expiry: never issued by this service as it is now
    }
    if (aud !== undefined) throw new Error('invalid');
    return {
      sub,
      username,
      role,
      ...(customerId !== undefined && { customerId }),
      gen: gen as number,
      jti,
      exp: exp as number,
    };
  }
}
