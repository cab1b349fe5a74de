/**
 * npm run cli -- backup / restore, on the store of a service that keeps writing: the backup has
 * every event acknowledged before it began, is written 0600 and verifies; the restore refuses a
 * folder that holds anything and a backup whose chains do not hold, and builds read models equal
 * to a rebuild from the restored events. Uses the built CLI (`npx tsc -p tsconfig.json` first).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '#event-store';
import { READ_MODEL_PROJECTIONS } from '#projections';
import { compareAllReadModels, liveReadModelFiles, rebuildReadModels } from '../support/read-model-files.js';
import { startCliDesk, type CliDesk } from './cli-desk.fixture.js';
import { runCli, type CliRun } from './run-cli.js';

interface Ack {
  ticketId: string;
  position: string;
}

/** Reports faults one after the other on `lanes` lanes until stopped; every acknowledged write is kept. */
function writeLoad(desk: CliDesk, lanes: number) {
  const acks: Ack[] = [];
  let running = true;
  const lane = async () => {
    while (running) {
      const reported = await desk.agent.post('/api/tickets', {
        contractId: desk.contractId,
        reporter: { name: 'Ward clerk (fictional)' },
        channel: 'hotline',
        description: 'Load during a backup (fictional)',
        severity: 3,
        kind: 'request',
        urgency: 'normal',
      });
      if (reported.status !== 201)
        throw new Error(`report: ${reported.status} ${JSON.stringify(reported.body)}`);
      acks.push({ ticketId: reported.body.id, position: reported.body.position });
    }
  };
  const done = Promise.all(Array.from({ length: lanes }, lane));
  return {
    acks,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe('npm run cli -- backup <file> and restore <file> --data-dir <dir>, while the service writes', () => {
  let dir: string;
  let dataDir: string;
  let backupFile: string;
  let restoredDir: string;
  let backup: CliRun;
  let ackedBefore: Ack[];
  let ackedDuring: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backup-'));
    dataDir = join(dir, 'data');
    backupFile = join(dir, 'ledger-backup.sqlite');
    restoredDir = join(dir, 'restored');
    const desk = await startCliDesk(dataDir);
    const load = writeLoad(desk, 2);
    try {
      while (load.acks.length < 30) await new Promise((resolve) => setTimeout(resolve, 20));
      ackedBefore = [...load.acks];
      // Whatever the umask, the backup is its owner's alone.
      const umask = process.umask(0o000);
      try {
        backup = await runCli(['backup', backupFile], { DATA_DIR: dataDir });
      } finally {
        process.umask(umask);
      }
      ackedDuring = load.acks.length - ackedBefore.length;
    } finally {
      await load.stop();
      await desk.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the store while it is written to, into a 0600 file whose hash chains hold (exit 0)', () => {
    expect({ code: backup.code, stderr: backup.stderr }).toEqual({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(
      /^Backed up .*events\.sqlite to .*ledger-backup\.sqlite in [\d.]+ s \(\d+ bytes, mode 0600, SHA-256 [0-9a-f]{64}\)\.$/m,
    );
    expect(backup.stdout).toContain("THE STORE HOLDS: every stream's hash chain is intact.");
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(existsSync(`${backupFile}.partial`)).toBe(false);
    expect(existsSync(`${backupFile}-wal`)).toBe(false);
    // The service kept writing while the copy was taken.
    expect(ackedDuring).toBeGreaterThan(0);
  });

  it('holds every event acknowledged before the backup began', () => {
    const db = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      const at = db.prepare('SELECT stream FROM events WHERE position = ?').pluck();
      const missing = ackedBefore.filter((ack) => at.get(BigInt(ack.position)) !== `ticket-${ack.ticketId}`);
      expect(missing).toEqual([]);
      expect(ackedBefore.length).toBeGreaterThanOrEqual(30);
    } finally {
      db.close();
    }
  });

  it('never overwrites a file (exit 2)', async () => {
    const again = await runCli(['backup', backupFile], { DATA_DIR: dataDir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already: a backup never overwrites a file');
  });

  it('says so when DATA_DIR holds no store (exit 2)', async () => {
    const run = await runCli(['backup', join(dir, 'other.sqlite')], { DATA_DIR: join(dir, 'nothing-here') });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^No event store at .*nothing-here\/events\.sqlite/);
  });

  it('restores into an empty folder, verifies, and builds read models equal to a rebuild (exit 0)', async () => {
    const run = await runCli(['restore', backupFile, '--data-dir', restoredDir]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain("THE STORE HOLDS: every stream's hash chain is intact.");
    expect(run.stdout).toMatch(/^Restored .* into .*restored: \d+ events in \d+ streams/m);
    expect(statSync(restoredDir).mode & 0o777).toBe(0o700);

    const store = new SqliteEventStore({ file: join(restoredDir, 'events.sqlite') });
    const fresh = mkdtempSync(join(dir, 'fresh-'));
    try {
      const backupDb = new Database(backupFile, { readonly: true });
      const backedUp = backupDb.prepare('SELECT count(*) FROM events').pluck().get() as number;
      backupDb.close();
      let restored = 0;
      for await (const event of store.readAll()) restored += event ? 1 : 0;
      expect(restored).toBe(backedUp);
      const live = liveReadModelFiles(join(restoredDir, 'read-models'), READ_MODEL_PROJECTIONS);
      const rebuilt = await rebuildReadModels(store, READ_MODEL_PROJECTIONS, fresh);
      const { differences, rows } = compareAllReadModels(live, rebuilt);
      expect(differences).toEqual([]);
      expect(rows.tickets.tickets).toBeGreaterThanOrEqual(ackedBefore.length);
    } finally {
      await store.close();
    }
  });

  it('refuses a folder that holds anything, and leaves it as it was (exit 2)', async () => {
    const busy = join(dir, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'notes.txt'), 'keep me');
    const run = await runCli(['restore', backupFile, '--data-dir', busy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not an empty folder');
    expect(readdirSync(busy)).toEqual(['notes.txt']);
  });

  it('refuses a backup whose hash chains do not hold, and leaves the folder empty (exit 1)', async () => {
    const tampered = join(dir, 'tampered.sqlite');
    const copy = new Database(backupFile, { readonly: true });
    await copy.backup(tampered);
    copy.close();
    const db = new Database(tampered);
    db.transaction(() => {
      db.exec('DROP TRIGGER events_are_append_only_update');
      db.prepare(
        "UPDATE events SET data = replace(data, 'Load during', 'Load ahead of') WHERE position = (SELECT max(position) FROM events WHERE type = 'FaultReported')",
      ).run();
    })();
    db.close();
    const target = join(dir, 'from-tampered');
    const run = await runCli(['restore', tampered, '--data-dir', target]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('THE STORE IS BROKEN');
    expect(run.stdout).toContain('Nothing restored');
    expect(readdirSync(target)).toEqual([]);
  });
});
