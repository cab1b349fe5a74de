import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { StaffAccounts } from '../staff/staff-accounts.js';
import { AccessTokens } from './access-tokens.js';
import { AuthController } from './auth.controller.js';
import { BearerAuthGuard } from './bearer-auth.guard.js';
import { ChangeOwnPasswordHandler } from './change-own-password.command.js';
import { LoginAddressLimit } from './login-address-limit.js';
import { RecordLoginAttemptHandler } from './login-attempts.command.js';
import { LoginService } from './login.service.js';
import { LoginThrottle } from './login-throttle.js';
import { LogoutHandler } from './logout.command.js';
import { TokenHolders } from './token-holders.js';
import { PasswordHasher } from './password-hasher.js';
import { RolesGuard } from './roles.guard.js';

/**
 * Bearer-token authentication for every route (BearerAuthGuard, then RolesGuard, both global),
 * POST /api/auth/login (throttled per name and per address), logout, a user's own password change
 * and GET /api/auth/me. Exports what other capabilities need to issue and check tokens, hash
 * passwords, read users and lift a lockout.
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AccessTokens,
    PasswordHasher,
    StaffAccounts,
    LoginService,
    LoginThrottle,
    LoginAddressLimit,
    TokenHolders,
    RecordLoginAttemptHandler,
    LogoutHandler,
    ChangeOwnPasswordHandler,
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokens, PasswordHasher, StaffAccounts, TokenHolders, LoginThrottle],
})
export class AuthModule {}
