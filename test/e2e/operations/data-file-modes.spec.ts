import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../../cli/run-cli.js';
import { api } from '../../support/api-client.js';
import { login } from '../../support/login.js';
import { startServiceProcess, type ServiceProcess } from '../../support/start-service-process.js';

const UMASK = 0o022;
const ADMIN_PASSWORD = 'modes-owner-passphrase (fictional)';

/** Every folder and file under `dir` (itself included), with its permission bits. */
function modesUnder(dir: string): { path: string; kind: 'dir' | 'file'; mode: string }[] {
  const found: { path: string; kind: 'dir' | 'file'; mode: string }[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const stat = statSync(current);
    const path = relative(dir, current) || '.';
    found.push({ path, kind: stat.isDirectory() ? 'dir' : 'file', mode: (stat.mode & 0o777).toString(8) });
    if (stat.isDirectory()) pending.push(...readdirSync(current).map((name) => join(current, name)));
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The data files hold argon2 hashes and reporters' phone numbers: DATA_DIR is 0700 and every file
 * the service and the CLI write into it 0600, under the common umask 022 (which would give 0755
 * folders and 0644 files).
 */
describe('DATA_DIR and every file written into it are private to the service user', () => {
  let parent: string;
  let dataDir: string;
  let service: ServiceProcess;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'data-file-modes-'));
    dataDir = join(parent, 'data');
    service = await startServiceProcess({ dataDir, umask: UMASK, env: { ADMIN_PASSWORD } });
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
    rmSync(parent, { recursive: true, force: true });
  });

  it('creates DATA_DIR 0700 and writes events, WAL, read models, keys, rebuilds and backups 0600', async () => {
    const admin = api(service.baseUrl, await login(service.baseUrl, 'admin', ADMIN_PASSWORD));
    const created = await admin.post('/api/customers', {
      name: 'Mode Test Hospital (fictional)',
      contacts: [{ name: 'Dr. Example', phone: '010-0000-0101' }],
    });
    expect(created.status).toBe(201);
    expect((await admin.get(`/api/customers?after=${created.body.position}`)).status).toBe(200);

    const env = { DATA_DIR: dataDir };
    const rebuilt = await runCli(['rebuild', 'tickets'], env, 120_000, UMASK);
    expect({ code: rebuilt.code, stderr: rebuilt.stderr }).toMatchObject({ code: 0 });
    const backup = await runCli(['backup', join(dataDir, 'backup.sqlite')], env, 120_000, UMASK);
    expect({ code: backup.code, stderr: backup.stderr }).toMatchObject({ code: 0 });

    const modes = modesUnder(dataDir);
    const paths = modes.map((m) => m.path);
    for (const expected of [
      'events.sqlite',
      'events.sqlite-wal',
      'events.sqlite-shm',
      'jwt-secret',
      'backup.sqlite',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(paths.filter((p) => /^read-models\/tickets\..*\.sqlite$/.test(p)).length).toBeGreaterThan(0);
    expect(paths.filter((p) => /^read-models\/.*\.sqlite-wal$/.test(p)).length).toBeGreaterThan(0);
    expect(paths.filter((p) => /\.json$/.test(p)).length).toBeGreaterThan(0);
    expect(modes.filter((m) => m.mode !== (m.kind === 'dir' ? '700' : '600'))).toEqual([]);
  }, 180_000);
});
