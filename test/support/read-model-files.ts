/**
 * The read models as files, for the proofs: find the live file of each projection, build fresh
 * ones from position 0 with the same runner the service uses, and compare two files table by table,
 * row by row (by primary key, whatever order the rows were written in).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventStore } from '#event-store';
import { ActiveFiles, openReadDatabase, ProjectionRunner, type Projection } from '#projections';

/** The live file of each projection under a read-models folder (as its active-projections.json names it). */
export function liveReadModelFiles(dir: string, projections: readonly Projection[]): Map<string, string> {
  const active = new ActiveFiles(dir);
  return new Map(
    projections.map((p) => {
      const file = active.get(p.name);
      if (!file) throw new Error(`no live file for projection "${p.name}" in ${dir}`);
      return [p.name, join(dir, file)];
    }),
  );
}

/**
 * Builds every projection afresh from position 0 into `<dir>/<name>.sqlite` with ProjectionRunner,
 * waits until each has processed the store's head, stops it and returns the files.
 */
export async function rebuildReadModels(
  store: EventStore,
  projections: readonly Projection[],
  dir: string,
  timeoutMs = 120_000,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const head = await store.headPosition();
  for (const projection of projections) {
    const file = join(dir, `${projection.name}.sqlite`);
    const db = openReadDatabase(file);
    const runner = new ProjectionRunner(store, projection, db);
    try {
      await runner.start();
      const reached = head === null || (await runner.waitFor(head, timeoutMs));
      const status = runner.getStatus();
      if (!reached || status.state === 'failed') {
        throw new Error(
          `rebuild of ${projection.name} did not reach ${head}: ${status.error ?? status.state}`,
        );
      }
    } finally {
      await runner.stop();
      await db.destroy();
    }
    files.set(projection.name, file);
  }
  return files;
}

/** Tables that are bookkeeping, not the read model: the checkpoint (its batch boundaries and clock differ). */
const NOT_COMPARED = new Set(['projection_checkpoint']);

export interface TableSnapshot {
  primaryKey: string[];
  rows: Map<string, Record<string, unknown>>;
}

/** Every table of a read-model file (but the checkpoint), its rows keyed by primary key. */
export function snapshotReadModel(file: string): Map<string, TableSnapshot> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    const snapshot = new Map<string, TableSnapshot>();
    for (const table of tables.filter((t) => !NOT_COMPARED.has(t))) {
      const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
      const primaryKey = columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const keyColumns = primaryKey.length > 0 ? primaryKey : columns.map((c) => c.name);
      const rows = new Map<string, Record<string, unknown>>();
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        const key = JSON.stringify(keyColumns.map((c) => row[c]));
        if (rows.has(key)) throw new Error(`${file}: table ${table} holds key ${key} twice`);
        rows.set(key, row);
      }
      snapshot.set(table, { primaryKey: keyColumns, rows });
    }
    return snapshot;
  } finally {
    db.close();
  }
}

export interface ReadModelComparison {
  /** Rows compared per table. */
  rows: Record<string, number>;
  /** The first difference found, plainly described; undefined when identical. */
  difference?: string;
}

/** Compares two files of one projection: the same tables, the same keys, every column equal. */
export function compareReadModels(name: string, liveFile: string, freshFile: string): ReadModelComparison {
  const live = snapshotReadModel(liveFile);
  const fresh = snapshotReadModel(freshFile);
  const rows: Record<string, number> = {};
  const tables = [...new Set([...live.keys(), ...fresh.keys()])].sort();
  for (const table of tables) {
    const a = live.get(table);
    const b = fresh.get(table);
    if (!a || !b)
      return {
        rows,
        difference: `${name}: table ${table} exists only in the ${a ? 'live' : 'rebuilt'} read model`,
      };
    rows[table] = a.rows.size;
    for (const [key, row] of a.rows) {
      const other = b.rows.get(key);
      if (!other)
        return {
          rows,
          difference: `${name}.${table} ${a.primaryKey.join(',')}=${key}: only in the live read model: ${JSON.stringify(row)}`,
        };
      const columns = [...new Set([...Object.keys(row), ...Object.keys(other)])];
      const differing = columns.filter((c) => !Object.is(row[c], other[c]));
      if (differing.length > 0) {
        const values = differing.map(
          (c) => `${c}: live ${JSON.stringify(row[c])} / rebuilt ${JSON.stringify(other[c])}`,
        );
        return {
          rows,
          difference: `${name}.${table} ${a.primaryKey.join(',')}=${key} differs: ${values.join('; ')}`,
        };
      }
    }
    for (const [key, row] of b.rows) {
      if (!a.rows.has(key)) {
        return {
          rows,
          difference: `${name}.${table} ${a.primaryKey.join(',')}=${key}: only in the rebuilt read model: ${JSON.stringify(row)}`,
        };
      }
    }
  }
  return { rows };
}

/** Compares every projection's live file with its rebuilt one; the differences (empty when all are identical) and row counts. */
export function compareAllReadModels(
  live: Map<string, string>,
  fresh: Map<string, string>,
): { differences: string[]; rows: Record<string, Record<string, number>> } {
  const differences: string[] = [];
  const rows: Record<string, Record<string, number>> = {};
  for (const [name, liveFile] of live) {
    const freshFile = fresh.get(name);
    if (!freshFile) {
      differences.push(`${name}: not rebuilt`);
      continue;
    }
    const comparison = compareReadModels(name, liveFile, freshFile);
    rows[name] = comparison.rows;
    if (comparison.difference) differences.push(comparison.difference);
  }
  return { differences, rows };
}

/**
 * The checkpoint stored in each read-model file (undefined before its first batch). Opens the files
 * read-write, as the service would on restart, so that a WAL left by a killed process is recovered.
 */
export function storedCheckpoints(files: Map<string, string>): Map<string, bigint | undefined> {
  const checkpoints = new Map<string, bigint | undefined>();
  for (const [name, file] of files) {
    const db = new Database(file, { fileMustExist: true });
    try {
      const row = db.prepare('SELECT position FROM projection_checkpoint WHERE name = ?').get(name) as
        { position: string } | undefined;
      checkpoints.set(name, row && row.position !== '-1' ? BigInt(row.position) : undefined);
    } finally {
      db.close();
    }
  }
  return checkpoints;
}

/**
 * The projections that had events left to apply: an event they handle lies after their stored
 * checkpoint. Right after a SIGKILL this says which projections were working when it struck.
 */
export async function projectionsBehind(
  store: EventStore,
  projections: readonly Projection[],
  checkpoints: Map<string, bigint | undefined>,
): Promise<{ name: string; checkpoint: bigint | undefined; pending: number }[]> {
  const behind = [];
  for (const projection of projections) {
    const checkpoint = checkpoints.get(projection.name);
    let pending = 0;
    for await (const event of store.readAll({
      fromPosition: checkpoint === undefined ? 0n : checkpoint + 1n,
    })) {
      if (projection.handles.has(event.type)) pending++;
    }
    if (pending > 0) behind.push({ name: projection.name, checkpoint, pending });
  }
  return behind;
}
