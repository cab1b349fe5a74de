import { createHash } from 'node:crypto';
import { chmodSync, closeSync, createReadStream, fsyncSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createOwnerOnlyFile, PRIVATE_FILE_MODE } from '#event-store';

/** Every remaining page in one step: the copy is one read transaction, never restarted by a writer. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies a SQLite file with SQLite's online backup API (better-sqlite3's `db.backup()`): a
 * consistent snapshot as of the moment the copy starts, taken while other processes keep writing
 * (WAL readers do not block writers). The copy is created 0600 whatever the umask, left as one
 * self-contained file (rollback journal, no -wal), and synced to disk. `target` must not exist.
 */
export async function copySqlite(source: string, target: string): Promise<void> {
  createOwnerOnlyFile(target, { exclusive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(target, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  settle(target);
}

/** Makes a copied store one file in rollback-journal mode (the backup copies the source's WAL flag), synced. */
export function settle(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  chmodSync(file, PRIVATE_FILE_MODE);
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether a file is a SQLite database holding the event store's events table. */
export function holdsEvents(file: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined
    );
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** SHA-256 of a file, hex: for the operator's records of a backup. */
export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
