import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';

/** Folders the service keeps data in: only their owner may list or enter them. */
export const PRIVATE_DIR_MODE = 0o700;
/** Files the service writes (events, read models, keys, backups): only their owner may read them. */
export const PRIVATE_FILE_MODE = 0o600;

/** SQLite's companions of a database file; SQLite creates them with the database file's mode. */
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'];

/** Creates `dir` (and its parents) if missing, and makes it 0700 whatever the umask. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates `dir` 0700 (whatever the umask) if missing; leaves a folder that exists as it is. */
export function createPrivateDirIfMissing(dir: string): void {
  if (mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE }) !== undefined) {
    chmodSync(dir, PRIVATE_DIR_MODE);
  }
}

/**
 * Creates `file` empty if missing, and makes it 0600 whatever the umask (an existing file too).
 * With `exclusive`, a file that exists already is an error (EEXIST).
 */
export function createOwnerOnlyFile(file: string, options: { exclusive?: boolean } = {}): void {
  closeSync(openSync(file, options.exclusive ? 'wx' : 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Writes `data` to `file` (replacing it), which is left 0600 whatever the umask. */
export function writeOwnerOnlyFile(file: string, data: string, options: { exclusive?: boolean } = {}): void {
  writeFileSync(file, data, { mode: PRIVATE_FILE_MODE, flag: options.exclusive ? 'wx' : 'w' });
  chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Makes a SQLite database file 0600 before SQLite opens it, so that the -wal, -shm and journal
 * files SQLite creates beside it get the same mode; companions left by an older run are made 0600
 * too. A folder it has to create is made 0700 (DATA_DIR itself is made 0700 by the service).
 */
export function prepareSqliteFile(file: string, dir: string): void {
  createPrivateDirIfMissing(dir);
  createOwnerOnlyFile(file);
  for (const suffix of SQLITE_COMPANIONS) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, PRIVATE_FILE_MODE);
  }
}
