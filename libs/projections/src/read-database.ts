import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { prepareSqliteFile } from '#event-store';

/**
 * A Kysely database over one SQLite file. Read models can always be rebuilt from the events, so
 * they use synchronous=NORMAL; statements are prepared once and reused. The file (and the -wal and
 * -shm files SQLite makes beside it) is 0600, its folder 0700.
 */
export function openReadDatabase<DB>(file: string): Kysely<DB> {
  if (file !== ':memory:') prepareSqliteFile(file, dirname(file));
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/** Kysely prepares every query it runs; most of ours repeat, so keep their prepared statements. */
function withStatementCache(database: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size > 500) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
