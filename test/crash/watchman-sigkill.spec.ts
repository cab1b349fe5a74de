/**
 * The built service SIGKILLed at the very deadline of an escalation, then restarted on the same
 * DATA_DIR: the escalation is recorded exactly once (by the killed process if its append was
 * acknowledged, else by the restarted one), and the warning before it once.
 * Needs the build (`npx tsc -p tsconfig.json`).
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServiceProcess, type ServiceProcess } from '../support/start-service-process.js';
import { adminOf, PROCESS_ENV, setUpProcessDesk } from '../e2e/watchman/process-desk.js';
import {
  byWatchman,
  faultReport,
  sleep,
  timeline,
  waitForTimeline,
} from '../e2e/watchman/watch-desk.fixture.js';

/** Response PT3S at risk at 90 % (2.7 s); the rest an hour away. */
const POLICY = {
  response: 'PT3S',
  onSite: 'PT1H',
  resolution: 'PT1H',
  atRiskShare: 0.9,
  confirmationWindow: 'PT24H',
};
const local = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00');

describe('the SLA watchman killed at the deadline', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'watchman-sigkill-'));
  let service: ServiceProcess | undefined;
  afterAll(async () => {
    await service?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([0, 1, 3, 8])(
    'records the escalation once after a SIGKILL %i ms past the due time and a restart',
    async (offsetMs) => {
      service = await startServiceProcess({ dataDir, env: PROCESS_ENV });
      const desk = await setUpProcessDesk(service.baseUrl, POLICY);
      const reported = await desk.agent.post('/api/tickets', faultReport(desk.contractId));
      const ticketId = reported.body.id as string;
      const r = Date.parse((await desk.admin.get(`/api/tickets/${ticketId}`)).body.reportedAt as string);
      await sleep(r + 3000 + offsetMs - Date.now());
      await service.kill('SIGKILL');
      const killedAt = Date.now();
      service = await startServiceProcess({ dataDir, env: PROCESS_ENV });
      const admin = await adminOf(service.baseUrl);
      await waitForTimeline(admin, ticketId, (i) => byWatchman(i).some((e) => e.type === 'Escalated'));
      await sleep(1000); // room for a duplicate to show up
      const watched = byWatchman(await timeline(admin, ticketId));
      const lines = watched.map((i) => i.summary.en);
      expect(lines).toEqual([
        `System warned that the response is at risk (due ${local(r + 3000)})`,
        'System escalated to the service manager (response overdue, automatic)',
      ]);
      if (process.env.WATCHMAN_FIGURES) {
        const escalatedMs = Date.parse(watched[1].recordedAt);
        const by = escalatedMs <= killedAt ? 'the killed process' : 'the restarted process';
        appendFileSync(
          process.env.WATCHMAN_FIGURES,
          `${JSON.stringify({ sigkillOffsetMs: offsetMs, by })}\n`,
        );
      }
      await service.kill('SIGKILL');
      service = undefined;
    },
  );
});
