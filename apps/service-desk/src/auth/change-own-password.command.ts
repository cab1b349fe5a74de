import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stampOf } from '#command-handling';
import { staffDecider, staffStream, type StaffCommand } from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { StaffAccounts } from '../staff/staff-accounts.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { assertStrongPassword } from './password-policy.js';
import { tooManyAttempts } from './too-many-attempts.js';
import type { LoginResponseDto } from './login-response.dto.js';
import { LoginService, TOO_MANY_ATTEMPTS } from './login.service.js';
import type { FastifyRequest } from 'fastify';

export interface OwnPasswordChange {
  currentPassword: string;
  newPassword: string;
  /** The request, for the login throttles: a wrong current password counts as a failed login. */
  request: FastifyRequest;
}

/**
 * A user changes its own password, proving the current one. The change starts a new token
 * generation (every earlier token of the user ends), so the answer carries a fresh token.
 */
export class ChangeOwnPasswordCommand extends ServiceCommand<OwnPasswordChange, LoginResponseDto> {}

@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand> {
  constructor(
    private readonly seam: CommandSeam,
    private readonly accounts: StaffAccounts,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly logins: LoginService,
  ) {}

  async execute({ input, context }: ChangeOwnPasswordCommand): Promise<LoginResponseDto> {
    const staffId = context.actor.id;
    const { state } = await this.accounts.byId(staffId);
    if (state.status === 'not_registered') throw new Error(`No staff user ${staffId} behind a valid token`);
    if ((await this.throttle.standing(state.username)).retryAfter > 0) {
      throw tooManyAttempts(await this.logins.failed(state.username, input.request), TOO_MANY_ATTEMPTS);
    }
    if (!(await this.passwords.verify(state.passwordHash, input.currentPassword))) {
      await this.logins.failed(state.username, input.request);
      throw wrongCurrentPassword();
    }
    assertStrongPassword(input.newPassword, state.username, 'newPassword');
    const command: StaffCommand = {
      type: 'SetStaffPassword',
      data: { staffId, passwordHash: await this.passwords.hash(input.newPassword) },
      ...stampOf(context),
    };
    const result = await this.seam.handle(staffStream(staffId), staffDecider, command, context);
    return this.logins.issue(result.state);
  }
}

function wrongCurrentPassword(): ProblemException {
  return new ProblemException({
    type: ProblemType.forbidden,
    title: 'Forbidden',
    status: 403,
    detail: 'currentPassword is not the current password',
    code: 'wrong_current_password',
    errors: [{ field: 'currentPassword', message: 'currentPassword is not the current password' }],
  });
}
