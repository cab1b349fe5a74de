import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { lateResponseStory, startCliDesk } from './cli-desk.fixture.js';
import { runCli } from './run-cli.js';

describe('npm run cli -- verify, on the SQLite store the service wrote', () => {
  let dir: string;
  let dataDir: string;
  let tickets: string[];
  const NOTE = 'called back the ward at 03:10 (fictional)';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verify-store-'));
    dataDir = join(dir, 'data');
    const desk = await startCliDesk(dataDir);
    try {
      const start = new Date(Date.now() - 8 * 3600_000);
      tickets = [
        (await lateResponseStory(desk, start, 'first ticket, remote session (fictional)')).id,
        (await lateResponseStory(desk, start, NOTE)).id,
        (await lateResponseStory(desk, start, 'third ticket, remote session (fictional)')).id,
      ];
    } finally {
      await desk.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds for the untouched store (exit 0)', async () => {
    const run = await runCli(['verify'], { DATA_DIR: dataDir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Checked \d+ events in \d+ streams of .*events\.sqlite in [\d.]+ s/);
    expect(run.stdout).toContain("THE STORE HOLDS: every stream's hash chain is intact.");
  });

  it('does not hold once one byte of one event is changed in the file (exit 1), naming that event', async () => {
    const file = join(dataDir, 'events.sqlite');
    const db = new Database(file);
    const target = db
      .prepare('SELECT id, data, position FROM events WHERE stream = ? AND revision = 1')
      .get(`ticket-${tickets[1]}`) as { id: string; data: string; position: number };
    expect(target.data).toContain(NOTE);
    // The store's append-only trigger refuses any UPDATE: lift it for this one change, then put it back.
    const trigger = db
      .prepare(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'events_are_append_only_update'",
      )
      .pluck()
      .get() as string;
    const changed = target.data.replace('03:10', '03:40');
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(target.data));
    db.transaction(() => {
      db.exec('DROP TRIGGER events_are_append_only_update');
      db.prepare('UPDATE events SET data = ? WHERE id = ?').run(changed, target.id);
      db.exec(trigger);
    })();
    db.close();

    const run = await runCli(['verify'], { DATA_DIR: dataDir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    expect(run.stdout).toMatch(/THE STORE IS BROKEN: 1 of \d+ streams do not hold\./);
    expect(run.stdout).toContain(
      `stream ticket-${tickets[1]}: event ${target.id} (revision 1, position ${target.position}) does not hold: ` +
        'its stored content does not give its stored hash',
    );
    expect(run.stdout).not.toContain(tickets[0]);
    expect(run.stdout).not.toContain(tickets[2]);
  });

  it('says where the store should be when DATA_DIR has none (exit 2)', async () => {
    const run = await runCli(['verify'], { DATA_DIR: join(dir, 'empty') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`No event store at ${join(dir, 'empty', 'events.sqlite')}`);
  });
});
