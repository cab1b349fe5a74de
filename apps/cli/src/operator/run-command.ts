import { ExitCode } from './exit-code.js';
import { OperatorError } from './operator-error.js';

/**
 * Runs a command's body and sets the process's exit code from what it returns; an OperatorError
 * becomes its message and exit code 2, anything else its message and exit code 3.
 */
export async function runCommand(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    if (error instanceof OperatorError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(
        `The command failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = ExitCode.failed;
    }
  }
}
