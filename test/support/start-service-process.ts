import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeCommand } from './node-command.js';

/** The built service; `npm run build` (or `npm test`, which builds) must have run. */
export const SERVICE_MAIN = join(process.cwd(), 'dist/apps/service-desk/src/main.js');

const LISTENING = /Listening on http:\/\/0\.0\.0\.0:(\d+)/;

export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartServiceOptions {
  /** Variables besides PATH, NO_COLOR, PORT=0 and DATA_DIR; the parent's environment is not passed on. */
  env?: Record<string, string>;
  /** Reuse a data folder (e.g. to restart after a kill); otherwise a fresh temp one, removed by stop(). */
  dataDir?: string;
  timeoutMs?: number;
  /** The process's umask (e.g. 0o022); the parent's by default. */
  umask?: number;
}

export interface ServiceProcess {
  baseUrl: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process has written so far (stdout and stderr, interleaved as received). */
  output(): string;
  /** Sends a signal (SIGKILL by default) and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<ServiceExit>;
  /** SIGTERM (a graceful shutdown), SIGKILL after 10 s; then removes a temp data folder. */
  stop(): Promise<ServiceExit>;
}

/** Starts `node dist/apps/service-desk/src/main.js` and resolves once it logs that it listens. */
export async function startServiceProcess(options: StartServiceOptions = {}): Promise<ServiceProcess> {
  if (!existsSync(SERVICE_MAIN)) throw new Error(`${SERVICE_MAIN} is missing: run npm run build first`);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'service-desk-process-'));
  const [command, args] = nodeCommand(SERVICE_MAIN, [], options.umask);
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PORT: '0', DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<ServiceExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "Listening" line within ${timeoutOf(options)} ms:\n${output}`)),
      timeoutOf(options),
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (code ${code}, signal ${signal}) before listening:\n${output}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    child,
    output: () => output,
    kill,
    stop: async () => {
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const exit = await kill('SIGTERM');
      clearTimeout(forced);
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
      return exit;
    },
  };
}

function timeoutOf(options: StartServiceOptions): number {
  return options.timeoutMs ?? 30_000;
}
