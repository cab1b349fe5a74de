import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '#domain';
import { roleRefused } from './auth-problems.js';
import { ROLES_ALLOWED } from './roles.decorator.js';

/** Global guard, after BearerAuthGuard: a route with @Roles(...) lets in those roles only (403). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (allowed === undefined) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const role = request.user?.role;
    if (role !== undefined && allowed.includes(role)) return true;
    const route = `${request.method} ${(request.routeOptions.url ?? request.url).split('?')[0]}`;
    throw roleRefused(role ?? 'anonymous', route, allowed);
  }
}
