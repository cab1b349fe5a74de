import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole } from '#domain';
import { AppConfig } from '#service-config';
import { resolveJwtSecret } from './jwt-secret.js';
import type { TokenClaims } from './token-claims.js';

export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;

export interface IssuedToken {
  accessToken: string;
  /** Seconds until the token expires. */
  expiresIn: number;
}

/** Signs and checks bearer tokens (JWT, HS256) with the service's key. */
@Injectable()
export class AccessTokens {
  readonly ttlSeconds: number;
  private readonly jwt: JwtService;

  constructor(config: AppConfig) {
    this.ttlSeconds = config.JWT_TTL_SECONDS ?? DEFAULT_TOKEN_TTL_SECONDS;
    this.jwt = new JwtService({
      secret: resolveJwtSecret(config),
      signOptions: { algorithm: 'HS256', expiresIn: this.ttlSeconds },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    return { accessToken: await this.jwt.signAsync({ ...claims }), expiresIn: this.ttlSeconds };
  }

  /** The token's claims; throws 'expired' or 'invalid' (as an Error message) otherwise. */
  async verify(token: string): Promise<TokenClaims> {
    let payload: Record<string, unknown>;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(token);
    } catch (error) {
      throw new Error((error as Error).name === 'TokenExpiredError' ? 'expired' : 'invalid');
    }
    const { sub, username, role, customerId } = payload;
    if (typeof sub !== 'string' || typeof username !== 'string' || !isRole(role)) throw new Error('invalid');
    if (customerId !== undefined && typeof customerId !== 'string') throw new Error('invalid');
    return { sub, username, role, ...(customerId !== undefined && { customerId }) };
  }
}
