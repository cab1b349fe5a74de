import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from './authenticated-user.js';

/** Handler parameter: the caller the bearer token proved (set by the global BearerAuthGuard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<FastifyRequest>().user;
    if (!user) throw new Error('@CurrentUser() on a @Public() route: there is no authenticated user');
    return user;
  },
);
