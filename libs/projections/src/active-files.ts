import { existsSync, readFileSync, renameSync } from 'node:fs';
import { writeOwnerOnlyFile } from '#event-store';
import { join } from 'node:path';

/**
 * The pointer that names each projection's live database file. A rebuild writes a new file beside
 * the live one and then swaps this pointer (atomically, by rename), so every process that serves
 * the read models, a running service included, switches to the new file.
 */
export class ActiveFiles {
  private readonly path: string;

  constructor(readonly dir: string) {
    this.path = join(dir, 'active-projections.json');
  }

  read(): Record<string, string> {
    if (!existsSync(this.path)) return {};
    return JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, string>;
  }

  get(name: string): string | undefined {
    return this.read()[name];
  }

  set(name: string, file: string): void {
    const next = { ...this.read(), [name]: file };
    const temp = `${this.path}.${process.pid}.tmp`;
    writeOwnerOnlyFile(temp, JSON.stringify(next, null, 2));
    renameSync(temp, this.path);
  }

  /** A new file name for a version of a projection: `<name>.v<version>.<stamp>.sqlite`. */
  static fileFor(name: string, version: number, now: Date): string {
    return `${name}.v${version}.${now.toISOString().replace(/[-:.]/g, '')}.sqlite`;
  }

  static versionOf(file: string): number | undefined {
    const match = /\.v(\d+)\./.exec(file);
    return match ? Number(match[1]) : undefined;
  }
}
