import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommandRunner } from 'nest-commander';
import { ExitCode } from '../operator/exit-code.js';
import { OperatorError } from '../operator/operator-error.js';
import { OperatorStore } from '../operator/operator-store.js';
import { runCommand } from '../operator/run-command.js';
import { formatStoreVerification } from '../verify/format-store-verification.js';
import { verifyEventFile } from '../verify/verify-event-file.js';
import { copySqlite, sha256Of } from './sqlite-copy.js';

/**
 * Copies the event store (DATA_DIR/events.sqlite) to a new file with SQLite's online backup API,
 * safe while the service runs and writes, then checks the copy's hash chains. The file is written
 * 0600 under a temporary name and renamed once complete, so a file of that name is always whole.
 */
@Command({
  name: 'backup',
  arguments: '<file>',
  description:
    "copy the event store to <file> (0600) while the service runs, with SQLite's online backup API; then verify the copy's hash chains",
})
export class BackupCommand extends CommandRunner {
  constructor(private readonly operator: OperatorStore) {
    super();
  }

  async run([file]: string[]): Promise<void> {
    await runCommand(async () => {
      const { file: source } = this.operator.sqliteFile();
      // `npm run cli` runs in the package folder; a relative path means the caller's folder.
      const target = resolve(process.env.INIT_CWD ?? process.cwd(), file);
      if (existsSync(target))
        throw new OperatorError(`${target} exists already: a backup never overwrites a file`);
      if (!existsSync(dirname(target)))
        throw new OperatorError(`No folder ${dirname(target)} to write ${target} in`);
      const partial = `${target}.partial`;
      rmSync(partial, { force: true });
      const started = process.hrtime.bigint();
      try {
        await copySqlite(source, partial);
      } catch (error) {
        rmSync(partial, { force: true });
        throw error;
      }
      const copySeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const verification = await verifyEventFile(partial);
      renameSync(partial, target);
      process.stdout.write(
        `Backed up ${source} to ${target} in ${copySeconds.toFixed(2)} s ` +
          `(${statSync(target).size} bytes, mode 0600, SHA-256 ${await sha256Of(target)}).\n`,
      );
      process.stdout.write(
        `${formatStoreVerification(verification, target, verification.seconds).join('\n')}\n`,
      );
      return verification.ok ? ExitCode.ok : ExitCode.broken;
    });
  }
}
