#!/usr/bin/env node
import 'reflect-metadata';
import { CommandFactory, CommandRunnerService } from 'nest-commander';
import { CliModule } from './cli.module.js';
import { ExitCode } from './operator/exit-code.js';
import { strictCommands } from './operator/strict-commands.js';

/**
 * The operator CLI: `npm run cli -- <command>` or `node dist/apps/cli/src/main.js <command>`.
 * Exit codes: 0 holds / done, 1 does not hold, 2 bad configuration or arguments, 3 failed.
 */
const app = await CommandFactory.createWithoutRunning(CliModule, {
  logger: ['error', 'warn'],
  cliName: 'npm run cli --',
  serviceErrorHandler: (error: Error) => {
    process.stderr.write(`The command failed: ${error.stack ?? error.message}\n`);
    process.exitCode = ExitCode.failed;
  },
});
strictCommands(app.get(CommandRunnerService));
try {
  await CommandFactory.runApplication(app);
} finally {
  await app.close();
}
process.exit(process.exitCode ?? ExitCode.ok);
