/**
 * Two built service processes on one SQLite store (one DATA_DIR), both running the SLA watchman
 * over the same read-model files: every warning and escalation is recorded exactly once.
 * Needs the build (`npx tsc -p tsconfig.json`).
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServiceProcess, type ServiceProcess } from '../support/start-service-process.js';
import { adminOf, PROCESS_ENV, setUpProcessDesk } from '../e2e/watchman/process-desk.js';
import { byWatchman, faultReport, timeline, waitForTimeline } from '../e2e/watchman/watch-desk.fixture.js';

const POLICY = {
  response: 'PT3S',
  onSite: 'PT1H',
  resolution: 'PT6S',
  atRiskShare: 0.5,
  confirmationWindow: 'PT24H',
};
const local = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00');

describe('the SLA watchman in two processes on one store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'watchman-two-'));
  const services: ServiceProcess[] = [];
  afterAll(async () => {
    for (const s of services) await s.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records each warning and escalation exactly once, on time', async () => {
    services.push(await startServiceProcess({ dataDir, env: PROCESS_ENV }));
    services.push(await startServiceProcess({ dataDir, env: PROCESS_ENV }));
    const [a, b] = services;
    const desk = await setUpProcessDesk(a.baseUrl, POLICY);
    const adminB = await adminOf(b.baseUrl);
    const ticketIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const via = i % 2 === 0 ? desk.agent : adminB;
      const reported = await via.post('/api/tickets', faultReport(desk.contractId));
      expect(reported.status).toBe(201);
      ticketIds.push(reported.body.id as string);
    }
    const delays: number[] = [];
    for (const ticketId of ticketIds) {
      await waitForTimeline(desk.admin, ticketId, (i) => byWatchman(i).length >= 5);
      await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate to show up
      const settled = byWatchman(await timeline(desk.admin, ticketId));
      const r = Date.parse((await desk.admin.get(`/api/tickets/${ticketId}`)).body.reportedAt as string);
      const expected: [string, number][] = [
        [`System warned that the response is at risk (due ${local(r + 3000)})`, r + 1500],
        ['System escalated to the service manager (response overdue, automatic)', r + 3001],
        [`System warned that the resolution is at risk (due ${local(r + 6000)})`, r + 3000],
        ['System escalated to the service manager (resolution overdue, automatic)', r + 6001],
        ['System escalated to headquarters (resolution overdue, automatic)', r + 6001],
      ];
      expect(settled.map((i) => i.summary.en).sort()).toEqual(expected.map(([line]) => line).sort());
      for (const [line, dueMs] of expected) {
        const item = settled.find((i) => i.summary.en === line)!;
        expect(item.actor).toEqual({ id: 'sla-watchman', role: 'system' });
        const delay = Date.parse(item.recordedAt) - dueMs;
        delays.push(delay);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(5000);
      }
    }
    if (process.env.WATCHMAN_FIGURES) {
      const sorted = delays.sort((x, y) => x - y);
      const figures = {
        twoProcesses: sorted.length,
        medianMs: sorted[sorted.length >> 1],
        maxMs: sorted.at(-1),
      };
      appendFileSync(process.env.WATCHMAN_FIGURES, `${JSON.stringify(figures)}\n`);
    }
  });
});
