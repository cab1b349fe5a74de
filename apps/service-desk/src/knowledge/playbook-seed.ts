import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { derivedId } from '#command-handling';
import { KB_SEED, SEED_PLAYBOOKS } from '#domain';
import { Clock } from '../clock/clock.js';
import { WritePlaybookCommand } from './write-playbook.command.js';

/**
 * The five emergency playbooks, written at start by the seed actor when missing (fixed ids and
 * command ids, so restarts and concurrent instances write each once); managers revise them later.
 */
@Injectable()
export class PlaybookSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('PlaybookSeed');

  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let written = 0;
    for (const playbook of SEED_PLAYBOOKS) {
      const commandId = derivedId('seed', 'playbook', playbook.playbookId);
      const context = {
        actor: KB_SEED,
        now: this.clock.now().toISOString(),
        source: 'system' as const,
        commandId,
        correlationId: commandId,
      };
      const outcome = await this.commands.execute(new WritePlaybookCommand(playbook, context));
      if (outcome.events.length > 0 && !outcome.replayed) written++;
    }
    if (written > 0) this.logger.log(`Wrote ${written} emergency playbook(s) of the seed content`);
  }
}
