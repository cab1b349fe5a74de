import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { Command, CommandRunner } from 'nest-commander';
import { ActiveFiles, READ_MODEL_PROJECTIONS } from '#projections';
import { readModelsDir } from '#service-config';
import { ExitCode } from '../operator/exit-code.js';
import { OperatorError } from '../operator/operator-error.js';
import { OperatorStore } from '../operator/operator-store.js';
import { runCommand } from '../operator/run-command.js';
import { rate, RebuildFailed, rebuildReadModels } from './rebuild-read-models.js';

/**
 * Rebuilds read models by hand: each from position 0 into a new file beside the live one, then
 * swapped in through the pointer file (active-projections.json). The live files are not touched
 * while the new ones are built, so the service may keep running: it follows the pointer within a
 * second, switches to the new file and deletes the old one (see retireFiles).
 */
@Command({
  name: 'rebuild',
  arguments: '[name]',
  description: `rebuild one read model (${names()}) or all of them from position 0 beside the live ones, then swap`,
})
export class RebuildCommand extends CommandRunner {
  constructor(private readonly operator: OperatorStore) {
    super();
  }

  async run([name]: string[]): Promise<void> {
    await runCommand(async () => {
      if (name !== undefined && !READ_MODEL_PROJECTIONS.some((p) => p.name === name)) {
        throw new OperatorError(`No read model named "${name}"; the read models are: ${names()}`);
      }
      const { store, config } = this.operator.open();
      const targets =
        name === undefined ? READ_MODEL_PROJECTIONS : READ_MODEL_PROJECTIONS.filter((p) => p.name === name);
      const dir = readModelsDir(config);
      const before = new ActiveFiles(dir).read();
      let summary;
      try {
        summary = await rebuildReadModels(store, dir, targets);
      } catch (error) {
        if (!(error instanceof RebuildFailed)) throw error;
        process.stdout.write(`${error.message}\n`);
        return ExitCode.broken;
      }
      const { events, seconds } = summary;
      const replaced = targets.map((p) => before[p.name]).filter((file): file is string => !!file);
      const retired = await retireFiles(dir, replaced);
      process.stdout.write(
        `Rebuilt ${targets.length} read model(s) in ${dir}: ${events} events in ${seconds.toFixed(2)} s, ` +
          `${rate(events, seconds)} events/s.${retired}\n`,
      );
      return ExitCode.ok;
    });
  }
}

/**
 * Deletes the replaced read-model files. One still open in another process belongs to a running
 * service, which follows the pointer within a second and deletes it itself; it gets a few seconds
 * to do so, then whatever is left (a stuck process, files left by a crash) is deleted here.
 */
async function retireFiles(dir: string, files: string[], graceMs = 5000): Promise<string> {
  const inUse = () => files.filter((file) => openElsewhere(join(dir, file)));
  const open = inUse();
  const deadline = Date.now() + graceMs;
  let stuck = open;
  while (stuck.length > 0 && Date.now() < deadline) {
    await setTimeout(200);
    stuck = inUse();
  }
  for (const file of files) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, file + suffix), { force: true });
  }
  if (files.length === 0) return '';
  if (open.length === 0) return ` Deleted the replaced files: ${files.join(', ')}.`;
  if (stuck.length === 0) return ' A running service switched to the new files and closed the old ones.';
  return (
    ` Deleted the replaced files; ${stuck.join(', ')} stayed open elsewhere for ${graceMs / 1000} s ` +
    '(a running service that has not switched: restart it).'
  );
}

/**
 * Whether another connection has this SQLite file open: closing the last connection to a WAL
 * database deletes its -wal file, so one that survives our own open and close is held elsewhere.
 */
function openElsewhere(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const db = new Database(file, { fileMustExist: true });
    try {
      db.pragma('schema_version');
    } finally {
      db.close();
    }
  } catch {
    // A running service retired the file while we looked at it (seen as SQLITE_CANTOPEN or a disk
    // I/O error): gone means not open; otherwise we cannot tell yet, so look again next round.
    return existsSync(file);
  }
  return existsSync(`${file}-wal`);
}

function names(): string {
  return READ_MODEL_PROJECTIONS.map((p) => p.name).join(', ');
}
