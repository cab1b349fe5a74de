import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nodeCommand } from '../support/node-command.js';

/** The built operator CLI; `npx tsc -p tsconfig.json` (or `npm test`, which builds) must have run. */
export const CLI_MAIN = join(process.cwd(), 'dist/apps/cli/src/main.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/apps/cli/src/main.js <args>` as an operator would, with only PATH, NO_COLOR and
 * the given variables (the test's own environment, DATA_DIR included, is not passed on).
 */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 120_000,
  umask?: number,
): Promise<CliRun> {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: run npx tsc -p tsconfig.json first`);
  const [command, commandArgs] = nodeCommand(CLI_MAIN, args, umask);
  const child = spawn(command, commandArgs, {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}
