/**
 * Crash test of the read side: the built service runs as a child process under generated ticket
 * load and is SIGKILLed while its projections are applying batches, several times over, restarting
 * on the same DATA_DIR each time. Once it has caught up, its read models must equal a full rebuild
 * from position 0, table by table and row by row: no event lost, none applied twice. Replay with
 * CRASH_SEED=<the seed printed>.
 */
import { HISTORY_ENV } from '../support/history.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '#event-store';
import { READ_MODEL_PROJECTIONS } from '#projections';
import { freePort } from '../support/free-port.js';
import { login } from '../support/login.js';
import {
  compareAllReadModels,
  liveReadModelFiles,
  projectionsBehind,
  rebuildReadModels,
  storedCheckpoints,
} from '../support/read-model-files.js';
import { seededRandom, seedFrom } from '../support/seeded-random.js';
import { startServiceProcess, type ServiceProcess } from '../support/start-service-process.js';
import { driveTickets, setUpTrafficDesk } from '../support/ticket-traffic.js';
import { waitForReadModels } from '../support/wait-for-read-models.js';

const SEED = seedFrom('CRASH_SEED');
const ADMIN_PASSWORD = 'crash test operator passphrase';
/** SIGKILLs, each after this many acknowledged writes of its round. */
const KILLS = 3;
const WRITES_BEFORE_KILL = 400;

describe('read models after SIGKILLs under load', () => {
  let dataDir: string;
  let freshDir: string;
  let service: ServiceProcess | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'projections-crash-'));
    freshDir = mkdtempSync(join(tmpdir(), 'projections-crash-rebuilt-'));
  });
  afterAll(async () => {
    await service?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(freshDir, { recursive: true, force: true });
  });

  it('equal a full rebuild from position 0 once the restarted service has caught up', async () => {
    console.log(`projections-crash: CRASH_SEED=${SEED}`);
    const random = seededRandom(SEED);
    const env = { PORT: String(await freePort()), ADMIN_PASSWORD, ...HISTORY_ENV };
    const readModelsDir = join(dataDir, 'read-models');
    service = await startServiceProcess({ dataDir, env });
    const desk = await setUpTrafficDesk(
      service.baseUrl,
      await login(service.baseUrl, 'admin', ADMIN_PASSWORD),
    );

    const kills = [];
    for (let round = 0; round < KILLS; round++) {
      const running: ServiceProcess = service;
      let killed: Promise<unknown> | undefined;
      const unexpected: Error[] = [];
      let writes = 0;
      const traffic = await (async () => {
        const drive = driveTickets(desk, random, 1_000_000, {
          concurrency: 16,
          stop: () => killed !== undefined,
          onWrite: () => {
            if (++writes === WRITES_BEFORE_KILL) killed = running.kill('SIGKILL');
          },
          onFailure: (error) => {
            if (killed === undefined) unexpected.push(error);
          },
        });
        const result = await drive;
        return { result, exit: await killed };
      })();
      expect(unexpected).toEqual([]);
      expect(traffic.exit).toEqual({ code: null, signal: 'SIGKILL' });

      // What the kill left on disk: each projection's checkpoint against the events stored.
      const checkpoints = storedCheckpoints(liveReadModelFiles(readModelsDir, READ_MODEL_PROJECTIONS));
      const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
      const head = (await store.headPosition())!;
      const behind = await projectionsBehind(store, READ_MODEL_PROJECTIONS, checkpoints);
      await store.close();
      const acknowledged = traffic.result.acknowledged;
      expect(acknowledged.filter((p) => p > head)).toEqual([]);
      kills.push({ round, writes: acknowledged.length, head: String(head), behind });

      service = await startServiceProcess({ dataDir, env });
    }
    console.log(
      `projections-crash: kills ${JSON.stringify(kills, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`,
    );
    // At least one kill struck while a projection still had events to apply.
    expect(kills.some((k) => k.behind.length > 0)).toBe(true);

    // The restarted service takes more writes, catches up, and stops cleanly.
    const after = await driveTickets(desk, random, 50, { concurrency: 8 });
    expect(after.tickets).toBe(50);
    await waitForReadModels(service.baseUrl);
    const exit = await service.stop();
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    service = undefined;

    const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    try {
      const fresh = await rebuildReadModels(store, READ_MODEL_PROJECTIONS, freshDir);
      const { differences, rows } = compareAllReadModels(
        liveReadModelFiles(readModelsDir, READ_MODEL_PROJECTIONS),
        fresh,
      );
      console.log(
        `projections-crash: head ${await store.headPosition()}, rows compared ${JSON.stringify(rows)}`,
      );
      expect(differences).toEqual([]);
      expect(Object.keys(rows).sort()).toEqual(READ_MODEL_PROJECTIONS.map((p) => p.name).sort());
    } finally {
      await store.close();
    }
  }, 300_000);
});
