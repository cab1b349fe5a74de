import { Command, CommandRunner } from 'nest-commander';
import { ProjectionHost } from '#projections';
import { readModelsDir } from '../../../service-desk/src/projections/projection-host.provider.js';
import { READ_MODEL_PROJECTIONS } from '../../../service-desk/src/projections/read-model-projections.js';
import { ExitCode } from '../operator/exit-code.js';
import { OperatorError } from '../operator/operator-error.js';
import { OperatorStore } from '../operator/operator-store.js';
import { progressBar } from '../operator/progress-bar.js';
import { runCommand } from '../operator/run-command.js';

/**
 * Rebuilds read models by hand: each from position 0 into a new file beside the live one, then
 * swapped in through the pointer file, which a service running on the same DATA_DIR follows.
 */
@Command({
  name: 'rebuild',
  arguments: '[name]',
  description: `rebuild one read model (${names() || 'none yet'}) or all of them beside the live ones, then swap`,
})
export class RebuildCommand extends CommandRunner {
  constructor(private readonly operator: OperatorStore) {
    super();
  }

  async run([name]: string[]): Promise<void> {
    await runCommand(async () => {
      if (name !== undefined && !READ_MODEL_PROJECTIONS.some((p) => p.name === name)) {
        throw new OperatorError(`No read model named "${name}"; the read models are: ${names() || 'none'}`);
      }
      const { store, config } = this.operator.open();
      const targets =
        name === undefined ? READ_MODEL_PROJECTIONS : READ_MODEL_PROJECTIONS.filter((p) => p.name === name);
      if (targets.length === 0) {
        process.stdout.write('There are no read models to rebuild.\n');
        return ExitCode.ok;
      }
      const dir = readModelsDir(config);
      const host = new ProjectionHost(store, READ_MODEL_PROJECTIONS, {
        dir,
        log: (message) => process.stderr.write(`${message}\n`),
      });
      let events = 0;
      let seconds = 0;
      try {
        await host.start();
        for (const projection of targets) {
          const bar = progressBar(projection.name);
          let result;
          try {
            result = await host.rebuild(projection.name, (status, head) =>
              bar.update(Number(status.position ?? 0n), Number(head ?? 0n)),
            );
          } finally {
            bar.stop();
          }
          events += result.events;
          seconds += result.seconds;
          process.stdout.write(
            `rebuilt ${projection.name} v${projection.version} from ${result.events} events in ` +
              `${result.seconds.toFixed(2)} s (${rate(result.events, result.seconds)} events/s); ` +
              `live now: ${result.file}\n`,
          );
        }
      } finally {
        await host.stop();
      }
      process.stdout.write(
        `Rebuilt ${targets.length} read model(s) in ${dir}: ${events} events in ${seconds.toFixed(2)} s, ` +
          `${rate(events, seconds)} events/s. A service running on this DATA_DIR switches to the new files by itself.\n`,
      );
      return ExitCode.ok;
    });
  }
}

function names(): string {
  return READ_MODEL_PROJECTIONS.map((p) => p.name).join(', ');
}

function rate(events: number, seconds: number): number {
  return seconds > 0 ? Math.round(events / seconds) : events;
}
