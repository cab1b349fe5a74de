import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stampOf, type CommandResult } from '#command-handling';
import {
  playbookDecider,
  playbookStream,
  type PlaybookEvent,
  type PlaybookState,
  type SEED_PLAYBOOKS,
} from '#domain';
import { CommandSeam } from '../command-handling/command-seam.js';
import { ServiceCommand } from '../command-handling/service-command.js';

/** Writes one emergency playbook of the seed content (a no-op once it exists). */
export class WritePlaybookCommand extends ServiceCommand<
  (typeof SEED_PLAYBOOKS)[number],
  CommandResult<PlaybookState, PlaybookEvent>
> {}

@CommandHandler(WritePlaybookCommand)
export class WritePlaybookHandler implements ICommandHandler<WritePlaybookCommand> {
  constructor(private readonly seam: CommandSeam) {}

  execute({
    input: playbook,
    context,
  }: WritePlaybookCommand): Promise<CommandResult<PlaybookState, PlaybookEvent>> {
    const command = { type: 'WritePlaybook' as const, data: playbook, ...stampOf(context) };
    return this.seam.handle(playbookStream(playbook.playbookId), playbookDecider, command, context);
  }
}
