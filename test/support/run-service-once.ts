import { spawn } from 'node:child_process';
import { SERVICE_MAIN, type ServiceExit } from './start-service-process.js';

/** Runs the built service with only the given environment, for a start that is expected to fail. */
export function runServiceOnce(
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<ServiceExit & { stderr: string; stdout: string }> {
  const child = spawn(process.execPath, [SERVICE_MAIN], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}
