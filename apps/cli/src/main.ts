#!/usr/bin/env node
import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module.js';
import { ExitCode } from './operator/exit-code.js';

/**
 * The operator CLI: `npm run cli -- <command>` or `node dist/apps/cli/src/main.js <command>`.
 * Exit codes: 0 holds / done, 1 does not hold, 2 bad configuration or arguments, 3 failed.
 */
await CommandFactory.run(CliModule, {
  logger: ['error', 'warn'],
  errorHandler: (error: Error) => {
    // commander's own exits: help ends with 0; an unknown command, option or missing argument is a usage error
    process.exit((error as { exitCode?: number }).exitCode === 0 ? ExitCode.ok : ExitCode.usage);
  },
  serviceErrorHandler: (error: Error) => {
    process.stderr.write(`The command failed: ${error.stack ?? error.message}\n`);
    process.exitCode = ExitCode.failed;
  },
});
process.exit(process.exitCode ?? ExitCode.ok);
