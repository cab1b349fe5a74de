import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '#command-handling';
import {
  loginAttemptsDecider,
  loginAttemptsStream,
  type LoginAttemptsCommand,
  type LoginAttemptsEvent,
  type LoginAttemptsState,
} from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';

export interface LoginAttempt {
  /** The digest of the lower-cased login name, which names the stream. */
  usernameDigest: string;
  command: LoginAttemptsCommand;
}

/** Records a failed or successful login, or an admin's unlock, on the login name's attempts stream. */
export class RecordLoginAttemptCommand extends ServiceCommand<
  LoginAttempt,
  CommandResult<LoginAttemptsState, LoginAttemptsEvent>
> {}

@CommandHandler(RecordLoginAttemptCommand)
export class RecordLoginAttemptHandler implements ICommandHandler<RecordLoginAttemptCommand> {
  constructor(private readonly seam: CommandSeam) {}

  execute({ input, context }: RecordLoginAttemptCommand) {
    // Concurrent failures for one name are decided again on the new state (a wide margin: a burst of guesses).
    return this.seam.handle(
      loginAttemptsStream(input.usernameDigest),
      loginAttemptsDecider,
      input.command,
      context,
      {
        maxAttempts: 50,
      },
    );
  }
}
