/** Temporary directories under os.tmpdir(), removed when done, also on Ctrl-C. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set<string>();

export function makeTempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ledger-bench-${name}-`));
  live.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

export function removeAllTempDirs(): void {
  for (const dir of live) removeTempDir(dir);
}

process.once('SIGINT', () => {
  removeAllTempDirs();
  process.exit(130);
});
