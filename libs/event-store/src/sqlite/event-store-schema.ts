import type Database from 'better-sqlite3';

/**
 * Migrations of the event file, applied in order on open; PRAGMA user_version records how far.
 * Never edit a migration that has shipped: add the next one.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     position       INTEGER PRIMARY KEY AUTOINCREMENT,
     id             TEXT    NOT NULL UNIQUE,
     stream         TEXT    NOT NULL,
     revision       INTEGER NOT NULL,
     type           TEXT    NOT NULL,
     schema_version INTEGER NOT NULL,
     data           TEXT    NOT NULL,
     metadata       TEXT    NOT NULL,
     prev_hash      TEXT,
     hash           TEXT    NOT NULL,
     UNIQUE (stream, revision)
   ) STRICT;
   CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
     BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
   CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
     BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;`,
];

export const EVENT_SCHEMA_VERSION = MIGRATIONS.length;

export function migrateEventSchema(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The event file has schema version ${current}, newer than this program knows (${MIGRATIONS.length}): upgrade the program.`,
    );
  }
  db.transaction(() => {
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
