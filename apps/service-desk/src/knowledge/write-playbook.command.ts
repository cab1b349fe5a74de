import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stampOf, type CommandContext, type CommandResult } from '#command-handling';
import {
  playbookDecider,
  playbookStream,
  type PlaybookEvent,
  type PlaybookState,
  type SEED_PLAYBOOKS,
} from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';

/** Writes one emergency playbook of the seed content (a no-op once it exists). */
export class WritePlaybookCommand extends Command<CommandResult<PlaybookState, PlaybookEvent>> {
  constructor(
    readonly playbook: (typeof SEED_PLAYBOOKS)[number],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WritePlaybookCommand)
export class WritePlaybookHandler implements ICommandHandler<WritePlaybookCommand> {
  constructor(private readonly seam: CommandSeam) {}

  execute({ playbook, context }: WritePlaybookCommand): Promise<CommandResult<PlaybookState, PlaybookEvent>> {
    const command = { type: 'WritePlaybook' as const, data: playbook, ...stampOf(context) };
    return this.seam.handle(playbookStream(playbook.playbookId), playbookDecider, command, context);
  }
}
