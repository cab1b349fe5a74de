import type { CommandRunnerService } from 'nest-commander';
import { ExitCode } from './exit-code.js';

/** The part of commander's Command that is used here (commander is nest-commander's, not ours). */
interface CommanderCommand {
  name(value: string): CommanderCommand;
  commands: readonly CommanderCommand[];
  exitOverride(handler: (error: { exitCode: number }) => never): CommanderCommand;
  allowExcessArguments(allow: boolean): CommanderCommand;
  showHelpAfterError(message: string): CommanderCommand;
}

/**
 * Makes commander's own refusals usage errors on every command, not only on the root (where
 * nest-commander's errorHandler would put them): an unknown command or option, a missing or an
 * extra argument exits 2 with a hint; help exits 0.
 */
export function strictCommands(runner: CommandRunnerService): void {
  // Reason: nest-commander keeps its commander program private and offers no other way to configure it.
  const root = (runner as unknown as { commander: CommanderCommand }).commander;
  root.name('npm run cli --');
  const exit = (error: { exitCode: number }): never =>
    process.exit(error.exitCode === 0 ? ExitCode.ok : ExitCode.usage);
  for (const command of [root, ...root.commands]) {
    command
      .exitOverride(exit)
      .allowExcessArguments(false)
      .showHelpAfterError('(npm run cli -- help <command> shows the usage)');
  }
}
