import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stampOf } from '#command-handling';
import { staffDecider, staffStream, type StaffCommand } from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';

export interface PresentedToken {
  jti: string;
  /** Its expiry, epoch seconds. */
  exp: number;
}

/** Logout: ends the presented token (StaffTokenRevoked on the user's stream, so every process refuses it). */
export class LogoutCommand extends ServiceCommand<PresentedToken, void> {}

@CommandHandler(LogoutCommand)
export class LogoutHandler implements ICommandHandler<LogoutCommand> {
  constructor(private readonly seam: CommandSeam) {}

  async execute({ input, context }: LogoutCommand): Promise<void> {
    const staffId = context.actor.id;
    const command: StaffCommand = {
      type: 'RevokeStaffToken',
      data: { staffId, jti: input.jti, until: new Date(input.exp * 1000).toISOString() },
      ...stampOf(context),
    };
    await this.seam.handle(staffStream(staffId), staffDecider, command, { ...context, ifMatch: undefined });
  }
}
