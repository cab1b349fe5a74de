import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ReadModels } from '../../apps/service-desk/src/projections/projection-host.provider.js';
import { lateResponseStory, startCliDesk } from './cli-desk.fixture.js';
import { runCli } from './run-cli.js';

const PROJECTIONS = ['tickets', 'timeline', 'sla-facts', 'archive'];

describe('npm run cli -- rebuild [name], on the read models the service built', () => {
  let dir: string;
  let dataDir: string;
  let readModels: string;
  let tickets: string[];

  const pointers = () =>
    JSON.parse(readFileSync(join(readModels, 'active-projections.json'), 'utf8')) as Record<string, string>;

  /** Every row of every read-model table in a file (the checkpoint left out), in a stable order. */
  const rowsOf = (file: string) => {
    const db = new Database(join(readModels, file), { readonly: true });
    try {
      const tables = db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' " +
            "AND name <> 'projection_checkpoint' ORDER BY name",
        )
        .pluck()
        .all() as string[];
      return Object.fromEntries(
        tables.map((table) => [
          table,
          (db.prepare(`SELECT * FROM "${table}"`).all() as object[]).map((row) => JSON.stringify(row)).sort(),
        ]),
      );
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rebuild-'));
    dataDir = join(dir, 'data');
    readModels = join(dataDir, 'read-models');
    const desk = await startCliDesk(dataDir);
    try {
      const start = new Date(Date.now() - 8 * 3600_000);
      tickets = [];
      for (const note of ['first (fictional)', 'second (fictional)', 'third (fictional)']) {
        const { id, position } = await lateResponseStory(desk, start, note);
        tickets.push(id);
        // the read models have every write before the service stops
        expect((await desk.manager.get(`/api/tickets?after=${position}`)).status).toBe(200);
      }
    } finally {
      await desk.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds tickets from position 0 beside the live file and swaps (exit 0): the rows are the same', async () => {
    const live = pointers();
    const before = rowsOf(live.tickets);
    expect(before.tickets).toHaveLength(3);
    expect(before.tickets.map((row) => JSON.parse(row).id).sort()).toEqual([...tickets].sort());

    const run = await runCli(['rebuild', 'tickets'], { DATA_DIR: dataDir });
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: expect.any(String) });
    expect(run.stdout).toMatch(
      /^rebuilt tickets v\d+ from \d+ events in [\d.]+ s \(\d+ events\/s\); live now: tickets\.v\d+\.\S+\.sqlite$/m,
    );
    expect(run.stdout).toContain(`Deleted the replaced files: ${live.tickets}.`);

    const after = pointers();
    expect(after.tickets).not.toBe(live.tickets);
    expect({ ...after, tickets: undefined }).toEqual({ ...live, tickets: undefined });
    expect(existsSync(join(readModels, live.tickets))).toBe(false);
    expect(rowsOf(after.tickets)).toEqual(before);
  });

  it('refuses a read model it does not know (exit 2), naming the ones there are', async () => {
    const run = await runCli(['rebuild', 'tickest'], { DATA_DIR: dataDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'No read model named "tickest"; the read models are: tickets, timeline, sla-facts, archive',
    );
  });

  it('refuses bad arguments with a usage error (exit 2)', async () => {
    const two = await runCli(['rebuild', 'tickets', 'timeline'], { DATA_DIR: dataDir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("too many arguments for 'rebuild'");
    const option = await runCli(['rebuild', '--fast'], { DATA_DIR: dataDir });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--fast'");
    const noStore = await runCli(['rebuild', 'tickets'], { DATA_DIR: join(dir, 'nowhere') });
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toContain('No event store at');
  });

  it('rebuilds all of them while the service runs: it switches to the new files and goes on serving', async () => {
    const desk = await startCliDesk(dataDir);
    try {
      const live = pointers();
      const run = await runCli(['rebuild'], { DATA_DIR: dataDir });
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      for (const name of PROJECTIONS)
        expect(run.stdout).toMatch(new RegExp(`^rebuilt ${name} v\\d+ from`, 'm'));
      const after = pointers();
      expect(run.stdout).toContain('A running service switched to the new files and closed the old ones.');
      const served = await desk.app.app.get(ReadModels).host.statuses();
      expect(Object.fromEntries(served.map((s) => [s.name, s.file]))).toEqual(after);
      for (const name of PROJECTIONS) {
        expect(after[name]).not.toBe(live[name]);
        expect(existsSync(join(readModels, live[name]))).toBe(false);
      }
      const { id, position } = await lateResponseStory(
        desk,
        new Date(Date.now() - 8 * 3600_000),
        'fourth (fictional)',
      );
      const page = await desk.manager.get(`/api/tickets?after=${position}&limit=100`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((t: { id: string }) => t.id).sort()).toEqual([...tickets, id].sort());
    } finally {
      await desk.close();
    }
    const rows = rowsOf(pointers().tickets);
    expect(rows.tickets).toHaveLength(4);
  }, 120_000);
});
