import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { StaffAccounts } from '../staff/staff-accounts.js';
import { AccessTokens } from './access-tokens.js';
import { AuthController } from './auth.controller.js';
import { BearerAuthGuard } from './bearer-auth.guard.js';
import { LoginService } from './login.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RolesGuard } from './roles.guard.js';

/**
 * Bearer-token authentication for every route (BearerAuthGuard, then RolesGuard, both global),
 * POST /api/auth/login and GET /api/auth/me. Exports what other capabilities need to issue
 * tokens, hash passwords and read users.
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AccessTokens,
    PasswordHasher,
    StaffAccounts,
    LoginService,
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokens, PasswordHasher, StaffAccounts],
})
export class AuthModule {}
