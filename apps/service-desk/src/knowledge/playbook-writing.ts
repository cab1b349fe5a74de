import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext, type CommandResult, derivedId, stampOf } from '#command-handling';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { KB_SEED, playbookDecider, playbookStream, SEED_PLAYBOOKS, type PlaybookCommand } from '#domain';
import { Clock } from '../clock/clock.js';
import type { RevisePlaybookDto } from './revise-playbook.dto.js';

/**
 * The five emergency playbooks, written at start by the seed actor when missing (fixed ids and
 * command ids, so restarts and concurrent instances write each once), and revised by managers.
 */
@Injectable()
export class PlaybookWriting implements OnApplicationBootstrap {
  private readonly logger = new Logger('PlaybookSeed');

  constructor(
    private readonly seam: CommandSeam,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let written = 0;
    for (const playbook of SEED_PLAYBOOKS) {
      const commandId = derivedId('seed', 'playbook', playbook.playbookId);
      const context: CommandContext = {
        actor: KB_SEED,
        now: this.clock.now().toISOString(),
        source: 'system',
        commandId,
        correlationId: commandId,
      };
      const command: PlaybookCommand = { type: 'WritePlaybook', data: playbook, ...stampOf(context) };
      const outcome = await this.seam.handle(
        playbookStream(playbook.playbookId),
        playbookDecider,
        command,
        context,
      );
      if (outcome.events.length > 0 && !outcome.replayed) written++;
    }
    if (written > 0) this.logger.log(`Wrote ${written} emergency playbook(s) of the seed content`);
  }

  revise(
    playbookId: string,
    body: RevisePlaybookDto,
    context: CommandContext,
  ): Promise<CommandResult<unknown, unknown>> {
    const command: PlaybookCommand = {
      type: 'RevisePlaybook',
      data: { playbookId, ...body },
      ...stampOf(context),
    };
    return this.seam.handle(playbookStream(playbookId), playbookDecider, command, context);
  }
}
