import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { KB_SEED, playbookDecider, playbookStream, SEED_PLAYBOOKS, type PlaybookCommand } from '#domain';
import { Clock } from '../clock/clock.js';
import type { CommandContext } from '../command-handling/command-context.js';
import { derivedId } from '../command-handling/event-ids.js';
import { StreamCommandRunner, type CommandOutcome } from '../command-handling/stream-command-runner.js';
import type { RevisePlaybookDto } from './revise-playbook.dto.js';

/**
 * The five emergency playbooks, written at start by the seed actor when missing (fixed ids and
 * command ids, so restarts and concurrent instances write each once), and revised by managers.
 */
@Injectable()
export class PlaybookWriting implements OnApplicationBootstrap {
  private readonly logger = new Logger('PlaybookSeed');

  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let written = 0;
    for (const playbook of SEED_PLAYBOOKS) {
      const commandId = derivedId('seed', 'playbook', playbook.playbookId);
      const context: CommandContext = {
        actor: KB_SEED,
        source: 'system',
        commandId,
        correlationId: commandId,
      };
      const command: PlaybookCommand = {
        type: 'WritePlaybook',
        data: playbook,
        actor: KB_SEED,
        now: this.clock.now().toISOString(),
      };
      const outcome = await this.runner.run(
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
  ): Promise<CommandOutcome<unknown>> {
    const command = {
      type: 'RevisePlaybook',
      data: { playbookId, ...body },
      actor: context.actor,
      now: this.clock.now().toISOString(),
    } as PlaybookCommand;
    return this.runner.run(playbookStream(playbookId), playbookDecider, command, context);
  }
}
