import fastifyRateLimit from '@fastify/rate-limit';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Failed logins one client address may make in the window before it must wait (per process). */
export const LOGIN_FAILURES_PER_ADDRESS = 20;
export const ADDRESS_WINDOW_MS = 15 * 60_000;

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/** Registers @fastify/rate-limit without any global limit: the login route uses it through LoginAddressLimit. */
export async function registerLoginAddressLimit(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyRateLimit as never, { global: false });
}

/**
 * The per-address login throttle: @fastify/rate-limit's counter (its in-process store), keyed by
 * the client's address, counting failed logins only. Each process counts its own: behind N
 * processes an address may fail up to N × 20 times; the per-name throttle (LoginThrottle) holds
 * across processes.
 */
@Injectable()
export class LoginAddressLimit {
  private limiter?: Limiter;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Seconds until the address may try again (0: now). */
  async retryAfter(request: FastifyRequest): Promise<number> {
    const result = await this.limit()(request, { increment: false });
    if (result.isAllowed) return 0;
    return result.remaining === 0 ? Math.max(1, result.ttlInSeconds) : 0;
  }

  /** Counts one failed login of the request's address. */
  async failed(request: FastifyRequest): Promise<void> {
    await this.limit()(request);
  }

  private limit(): Limiter {
    this.limiter ??= (this.adapterHost.httpAdapter.getInstance() as FastifyInstance).createRateLimit({
      max: LOGIN_FAILURES_PER_ADDRESS,
      timeWindow: ADDRESS_WINDOW_MS,
      keyGenerator: (request) => `login:${request.ip}`,
    });
    return this.limiter;
  }
}
