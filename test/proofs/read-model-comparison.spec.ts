/**
 * The comparison the proofs rely on is not vacuous: it finds a changed column, a missing row, an
 * extra row and a missing table, names the first one plainly, and ignores only the checkpoint.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { compareReadModels } from '../support/read-model-files.js';

describe('compareReadModels', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-model-compare-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A read-model file with the given rows of `tickets` (primary key id) and `escalations` (ticket_id, seq). */
  function file(name: string, statements: string[]): string {
    const path = join(dir, name);
    const db = new Database(path);
    db.exec(`CREATE TABLE tickets (id TEXT PRIMARY KEY, status TEXT NOT NULL, severity INTEGER NOT NULL);
      CREATE TABLE escalations (ticket_id TEXT NOT NULL, seq INTEGER NOT NULL, level INTEGER, PRIMARY KEY (ticket_id, seq));
      CREATE TABLE projection_checkpoint (name TEXT PRIMARY KEY, position TEXT, updated_at TEXT)`);
    for (const statement of statements) db.exec(statement);
    db.close();
    return path;
  }
  const base = [
    `INSERT INTO tickets VALUES ('t1', 'closed', 1), ('t2', 'reported', 3)`,
    `INSERT INTO escalations VALUES ('t1', 2, 1), ('t1', 5, 2)`,
  ];

  it('finds nothing between the same rows written in another order, whatever the checkpoints say', () => {
    const live = file('live.sqlite', [...base, `INSERT INTO projection_checkpoint VALUES ('x', '41', 'a')`]);
    const fresh = file('fresh.sqlite', [
      `INSERT INTO escalations VALUES ('t1', 5, 2), ('t1', 2, 1)`,
      `INSERT INTO tickets VALUES ('t2', 'reported', 3), ('t1', 'closed', 1)`,
      `INSERT INTO projection_checkpoint VALUES ('x', '42', 'b')`,
    ]);
    expect(compareReadModels('x', live, fresh)).toEqual({ rows: { escalations: 2, tickets: 2 } });
  });

  it('names the table, the key and the column of a value that differs', () => {
    const live = file('live.sqlite', base);
    const fresh = file('fresh.sqlite', [...base, `UPDATE tickets SET severity = 2 WHERE id = 't2'`]);
    expect(compareReadModels('x', live, fresh).difference).toBe(
      'x.tickets id=["t2"] differs: severity: live 3 / rebuilt 2',
    );
  });

  it('names a row missing on either side by its composite key', () => {
    const live = file('live.sqlite', base);
    const fresh = file('fresh.sqlite', [...base, `DELETE FROM escalations WHERE seq = 5`]);
    expect(compareReadModels('x', live, fresh).difference).toBe(
      'x.escalations ticket_id,seq=["t1",5]: only in the live read model: {"ticket_id":"t1","seq":5,"level":2}',
    );
    expect(compareReadModels('x', fresh, live).difference).toBe(
      'x.escalations ticket_id,seq=["t1",5]: only in the rebuilt read model: {"ticket_id":"t1","seq":5,"level":2}',
    );
  });

  it('names a table that only one side has', () => {
    const live = file('live.sqlite', [...base, 'CREATE TABLE extra (id TEXT PRIMARY KEY)']);
    const fresh = file('fresh.sqlite', base);
    expect(compareReadModels('x', live, fresh).difference).toBe(
      'x: table extra exists only in the live read model',
    );
  });
});
