import { SetMetadata } from '@nestjs/common';
import type { Role } from '#domain';

export const ROLES_ALLOWED = 'auth:roles-allowed';

/**
 * Only callers with one of these roles reach the route (403 problem+json otherwise). On a
 * controller it applies to every route; a route's own @Roles replaces the controller's.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_ALLOWED, roles);
