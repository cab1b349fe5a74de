/**
 * Proof: the read models the service keeps live equal read models built afresh from position 0.
 * Thousands of tickets, generated from a seed, go through the real HTTP API (every action kind,
 * several customers, contracts and engineers, business times over months); then every projection
 * of READ_MODEL_PROJECTIONS is rebuilt into a separate folder with the same runner and compared
 * table by table, row by row. Replay a failure with PROOF_SEED=<the seed printed>; PROOF_TICKETS
 * changes the number of tickets (default 1000; every kind of step is still checked to occur).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../../apps/service-desk/src/event-store/event-store.token.js';
import { ReadModels } from '../../apps/service-desk/src/projections/projection-host.provider.js';
import { READ_MODEL_PROJECTIONS } from '#projections';
import { adminToken, ADMIN_ENV } from '../support/admin-token.js';
import { compareAllReadModels, liveReadModelFiles, rebuildReadModels } from '../support/read-model-files.js';
import { seededRandom, seedFrom } from '../support/seeded-random.js';
import { HISTORY_ENV, WITHOUT_SLA_WATCHMAN } from '../support/history.js';
import { startApp, type StartedApp } from '../support/start-app.js';
import { driveTickets, setUpTrafficDesk, type TrafficDesk } from '../support/ticket-traffic.js';

const SEED = seedFrom('PROOF_SEED');
const TICKETS = Number(process.env.PROOF_TICKETS ?? 1000);

/** Every kind of step the generator makes; the run must have made each at least once. */
const EVERY_KIND = [
  'report',
  'respond:guided',
  'respond:remote',
  'respond:onsite',
  'dispatch',
  'arrive',
  'resolve',
  'confirm',
  'reject',
  'reopen',
  'close',
  'close:manager',
  'escalate',
  'supervision',
  'severity',
  'assign',
  'survey',
  'report-time-correction',
];

describe('read models rebuilt from position 0 equal the live ones', () => {
  let started: StartedApp;
  let desk: TrafficDesk;
  let freshDir: string;
  beforeAll(async () => {
    // No SLA watchman: the traffic's months of back-dated tickets would keep it escalating while the read models are compared.
    started = await startApp({ env: { ...ADMIN_ENV, ...HISTORY_ENV, ...WITHOUT_SLA_WATCHMAN } });
    desk = await setUpTrafficDesk(started.baseUrl, await adminToken(started));
    freshDir = mkdtempSync(join(tmpdir(), 'read-models-rebuilt-'));
  }, 60_000);
  afterAll(async () => {
    await started?.close();
    if (freshDir) rmSync(freshDir, { recursive: true, force: true });
  });

  it(`after ${TICKETS} generated tickets, every row of every read model is the same`, async () => {
    console.log(`rebuild-equals-live: PROOF_SEED=${SEED} PROOF_TICKETS=${TICKETS}`);
    const startedAt = Date.now();
    const traffic = await driveTickets(desk, seededRandom(SEED), TICKETS, { concurrency: 16 });
    const drove = Date.now();
    expect(traffic.tickets).toBe(TICKETS);
    expect(Object.keys(traffic.kinds).sort()).toEqual([...EVERY_KIND].sort());

    // Compare at rest: when something else appended meanwhile (e.g. automatic SLA escalations),
    // catch up again, rebuild again and compare again.
    const store = started.app.get<EventStore>(EVENT_STORE);
    const host = started.app.get(ReadModels).host;
    const live = liveReadModelFiles(join(started.dataDir, 'read-models'), READ_MODEL_PROJECTIONS);
    let compared;
    for (let attempt = 1; !compared; attempt++) {
      const head = (await store.headPosition())!;
      expect(head).toBeGreaterThanOrEqual(traffic.lastPosition);
      const caughtUpFrom = Date.now();
      expect(await host.waitFor(head, 60_000)).toBe(true);
      const rebuiltFrom = Date.now();
      const fresh = await rebuildReadModels(
        store,
        READ_MODEL_PROJECTIONS,
        join(freshDir, `attempt-${attempt}`),
      );
      const rebuilt = Date.now();
      const result = compareAllReadModels(live, fresh);
      const moved = (await store.headPosition())! !== head;
      console.log(
        `rebuild-equals-live: attempt ${attempt}: ${traffic.requests} writes (${JSON.stringify(traffic.kinds)}), head ${head}${moved ? ' (moved meanwhile)' : ''}; ` +
          `drive ${drove - startedAt} ms, catch-up ${rebuiltFrom - caughtUpFrom} ms, rebuild ${rebuilt - rebuiltFrom} ms; rows compared: ${JSON.stringify(result.rows)}`,
      );
      if (!moved) compared = result;
      else if (attempt === 5)
        throw new Error('the store kept moving: no quiet moment to compare in 5 attempts');
    }
    const { differences, rows } = compared;
    expect(differences).toEqual([]);
    expect(Object.keys(rows).sort()).toEqual(READ_MODEL_PROJECTIONS.map((p) => p.name).sort());
    for (const [name, tables] of Object.entries(rows)) {
      expect({ name, rows: Object.values(tables).reduce((a, b) => a + b, 0) > 0 }).toEqual({
        name,
        rows: true,
      });
    }
  }, 600_000);
});
