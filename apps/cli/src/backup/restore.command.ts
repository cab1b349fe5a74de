import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { ensurePrivateDir, SqliteEventStore } from '#event-store';
import { EVENTS_FILE } from '#service-config';
import { ExitCode } from '../operator/exit-code.js';
import { OperatorError } from '../operator/operator-error.js';
import { runCommand } from '../operator/run-command.js';
import { RebuildFailed, rebuildReadModels } from '../rebuild/rebuild-read-models.js';
import { formatStoreVerification } from '../verify/format-store-verification.js';
import { verifyEventFile } from '../verify/verify-event-file.js';
import { copySqlite, holdsEvents } from './sqlite-copy.js';

interface RestoreOptions {
  dataDir?: string;
}

/**
 * Restores a backup into an empty data folder: copies it in as DATA_DIR/events.sqlite, checks its
 * hash chains, and builds every read model from it. Refuses a folder that holds anything; a copy
 * whose chains do not hold is removed again (exit 1), the backup file is never changed.
 */
@Command({
  name: 'restore',
  arguments: '<file>',
  description:
    'restore a backup into an empty --data-dir: copy it in, verify its hash chains, rebuild every read model',
})
export class RestoreCommand extends CommandRunner {
  async run([file]: string[], options: RestoreOptions): Promise<void> {
    await runCommand(async () => {
      const cwd = process.env.INIT_CWD ?? process.cwd();
      if (options.dataDir === undefined)
        throw new OperatorError('--data-dir <dir> is required: the folder to restore into');
      const backup = resolve(cwd, file);
      const dataDir = resolve(cwd, options.dataDir);
      if (!existsSync(backup) || !statSync(backup).isFile())
        throw new OperatorError(`No backup file ${backup}`);
      if (!holdsEvents(backup)) throw new OperatorError(`${backup} is not a backup of the event store`);
      if (existsSync(dataDir) && (!statSync(dataDir).isDirectory() || readdirSync(dataDir).length > 0)) {
        throw new OperatorError(`${dataDir} is not an empty folder: restore only into a new or empty one`);
      }
      ensurePrivateDir(dataDir);
      const events = join(dataDir, EVENTS_FILE);
      await copySqlite(backup, events);
      const verification = await verifyEventFile(events);
      process.stdout.write(
        `${formatStoreVerification(verification, events, verification.seconds).join('\n')}\n`,
      );
      if (!verification.ok) {
        for (const name of readdirSync(dataDir))
          rmSync(join(dataDir, name), { recursive: true, force: true });
        process.stdout.write(
          `Nothing restored: the backup's hash chains do not hold; ${dataDir} is empty again.\n`,
        );
        return ExitCode.broken;
      }
      const store = new SqliteEventStore({ file: events });
      try {
        const { events: applied, seconds } = await rebuildReadModels(store, join(dataDir, 'read-models'));
        process.stdout.write(
          `Restored ${backup} into ${dataDir}: ${verification.events} events in ${verification.streams} streams, ` +
            `read models built from ${applied} events in ${seconds.toFixed(2)} s. ` +
            `Start the service with DATA_DIR=${dataDir}.\n`,
        );
      } catch (error) {
        if (!(error instanceof RebuildFailed)) throw error;
        process.stdout.write(`${error.message}\n`);
        return ExitCode.broken;
      } finally {
        await store.close();
      }
      return ExitCode.ok;
    });
  }

  @Option({
    flags: '--data-dir <dir>',
    description: 'the empty (or new) folder to restore into',
    required: true,
  })
  parseDataDir(value: string): string {
    return value;
  }
}
