import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { formatVerdict, verifyDisputeBundle } from '#dispute-bundle';
import { ExitCode } from '../operator/exit-code.js';
import { OperatorError } from '../operator/operator-error.js';
import { runCommand } from '../operator/run-command.js';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

interface VerifyBundleOptions {
  head?: string;
}

/**
 * Checks a dispute bundle offline: needs neither the service nor its configuration. Prints the
 * verdict; exit 0 when the bundle holds and its head is the one given with `--head` (anchored),
 * 4 when it holds with no `--head` (internally consistent, not proven authentic), 1 when it does
 * not hold, 2 when the file cannot be read.
 */
@Command({
  name: 'verify-bundle',
  arguments: '<file>',
  description:
    'check a dispute bundle offline: recompute every hash and link and the SLA result; name the first event that does not hold',
})
export class VerifyBundleCommand extends CommandRunner {
  async run([file]: string[], options: VerifyBundleOptions): Promise<void> {
    await runCommand(async () => {
      if (options.head !== undefined && !/^[0-9a-fA-F]{64}$/.test(options.head)) {
        throw new OperatorError(`--head ${options.head} is not a SHA-256 hash (64 hex digits)`);
      }
      // `npm run cli` runs in the package folder; a relative path means the caller's folder.
      const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        throw new OperatorError(`Cannot read ${path}: ${READ_ERRORS[code] ?? String(error)}`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        process.stdout.write(
          `Dispute bundle ${path}\nTHE BUNDLE DOES NOT HOLD.\n  - not a dispute bundle: the file is not JSON (${(error as Error).message})\n`,
        );
        return ExitCode.broken;
      }
      const verdict = verifyDisputeBundle(parsed, options.head);
      process.stdout.write(`${formatVerdict(verdict, path).join('\n')}\n`);
      if (!verdict.holds) return ExitCode.broken;
      return verdict.anchored ? ExitCode.ok : ExitCode.unanchored;
    });
  }

  @Option({
    flags: '--head <hash>',
    description: 'the head hash obtained independently (e.g. from the vendor by letter); it must match',
  })
  parseHead(value: string): string {
    return value;
  }
}
