/**
 * The physical floor: plain better-sqlite3 on a file with the adapter's pragmas and the adapter's own
 * table (its migration is imported, so the schema cannot drift), doing the same inserts and reads.
 */
import Database from 'better-sqlite3';
import { migrateEventSchema } from '../../libs/event-store/src/sqlite/event-store-schema.js';
import { SQL } from '../../libs/event-store/src/sqlite/event-row.js';
import type { RawRow } from './bench-events.js';
import { blackhole, type Pass } from './measure.js';

/** The pragmas SqliteEventStore sets on open (checked against a live adapter by checkPragmas). */
export const ADAPTER_PRAGMAS = { journal_mode: 'wal', synchronous: 2 /* FULL */, timeout: 5000 } as const;

export function openRaw(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrateEventSchema(db);
  return db;
}

export function pragmasOf(db: Database.Database): Record<keyof typeof ADAPTER_PRAGMAS, string | number> {
  return {
    journal_mode: db.pragma('journal_mode', { simple: true }) as string,
    synchronous: db.pragma('synchronous', { simple: true }) as number,
    timeout: db.pragma('busy_timeout', { simple: true }) as number,
  };
}

/**
 * Reads the pragmas of the adapter's own connection (a private field, read only here) and says how
 * they differ from the raw baseline's, so that a change in the adapter cannot make the ratio lie.
 */
export function checkPragmas(store: object, raw: Database.Database): string[] {
  const db = (store as { db?: unknown }).db;
  if (!(db instanceof Database)) return ['cannot read the adapter connection: pragmas not compared'];
  const ours = pragmasOf(db);
  const theirs = pragmasOf(raw);
  return (Object.keys(ours) as (keyof typeof ours)[])
    .filter((k) => ours[k] !== theirs[k])
    .map((k) => `pragma ${k}: adapter ${ours[k]}, raw ${theirs[k]}`);
}

export function sqliteVersion(db: Database.Database): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
}

/** One INSERT per statement in autocommit mode: one transaction, one WAL fsync per row. */
export function rawInserter(db: Database.Database): (row: RawRow) => void {
  const insert = db.prepare(
    `INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (row) => void insert.run(...row);
}

/** Several rows in one transaction: the ceiling that group commit can approach. */
export function rawBatchInserter(db: Database.Database): (rows: readonly RawRow[]) => void {
  const insertOne = rawInserter(db);
  return db.transaction((rows: readonly RawRow[]) => rows.forEach(insertOne)).immediate;
}

interface RawEventRow {
  position: number;
  data: string;
  metadata: string;
  revision: number;
}

/**
 * A pass over the whole table as the adapter's readAll makes it (same SELECT, same page size),
 * optionally parsing data and metadata as the adapter must. Each step reads whole pages.
 */
export function rawPass(db: Database.Database, options: { parse: boolean; pageSize?: number }): Pass {
  const pageSize = options.pageSize ?? 1000;
  const page = db.prepare(`${SQL.select} WHERE position >= ? ORDER BY position ASC LIMIT ?`);
  let from = 0;
  let done = false;
  let sink = 0;
  return {
    step(max) {
      let count = 0;
      while (!done && count < max) {
        const rows = page.all(from, pageSize) as RawEventRow[];
        for (const row of rows) {
          if (options.parse) {
            const data = JSON.parse(row.data) as object;
            const metadata = JSON.parse(row.metadata) as object;
            if (data === metadata) sink++;
          }
          sink += row.revision;
        }
        count += rows.length;
        if (rows.length < pageSize) done = true;
        else from = rows[rows.length - 1].position + 1;
      }
      blackhole(sink);
      return count;
    },
    close() {},
  };
}
