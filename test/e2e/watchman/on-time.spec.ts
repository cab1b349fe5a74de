import { appendFileSync } from 'node:fs';
import {
  byWatchman,
  faultReport,
  setSecondsPolicy,
  startWatchDesk,
  waitForTimeline,
  type TimelineItem,
  type WatchDesk,
} from './watch-desk.fixture.js';

/**
 * A contract whose targets are seconds: response PT3S, on site PT4S, resolution PT6S, at risk at
 * 50 %, confirmation window PT4S. The watchman must warn and escalate within 5 s after each
 * deadline (recordedAt against the deadline), never before it.
 */
const POLICY = {
  response: 'PT3S',
  onSite: 'PT4S',
  resolution: 'PT6S',
  atRiskShare: 0.5,
  confirmationWindow: 'PT4S',
};

interface Expected {
  /** The summary line (English) of the event the watchman must record. */
  line: string;
  /** When it is due: the at-risk instant of a warning, the first instant past the due time of an escalation. */
  dueMs: number;
}

const delays: number[] = [];

/** Each expected line appears exactly once, recorded in [due, due + 5 s]. */
function expectOnTime(items: TimelineItem[], expected: Expected[]) {
  const watched = byWatchman(items);
  expect(watched.map((i) => i.summary.en).sort()).toEqual(expected.map((e) => e.line).sort());
  for (const { line, dueMs } of expected) {
    const item = watched.find((i) => i.summary.en === line)!;
    expect(item.actor).toEqual({ id: 'sla-watchman', role: 'system' });
    expect(item.source).toBe('scheduler');
    const delay = Date.parse(item.recordedAt) - dueMs;
    delays.push(delay);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(5000);
  }
}

describe('the SLA watchman on a contract of seconds', () => {
  let desk: WatchDesk;

  beforeAll(async () => {
    desk = await startWatchDesk();
    await setSecondsPolicy(desk.admin, desk.contractId, POLICY);
  });
  afterAll(async () => {
    await desk.close();
    const sorted = [...delays].sort((a, b) => a - b);
    const figures = {
      actions: sorted.length,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      maxMs: sorted.at(-1),
    };
    if (process.env.WATCHMAN_FIGURES)
      appendFileSync(process.env.WATCHMAN_FIGURES, `${JSON.stringify(figures)}\n`);
  });

  it('warns at the at-risk share, escalates the overdue response, then the resolution to both levels', async () => {
    const reported = await desk.agent.post('/api/tickets', faultReport(desk.contractId));
    expect(reported.status).toBe(201);
    const ticketId = reported.body.id as string;
    const items = await waitForTimeline(desk.agent, ticketId, (i) => byWatchman(i).length >= 5);
    const r = Date.parse((await desk.agent.get(`/api/tickets/${ticketId}`)).body.reportedAt as string);
    const local = (seconds: number) =>
      new Date(r + seconds * 1000 + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    expectOnTime(items, [
      { line: `System warned that the response is at risk (due ${local(3)})`, dueMs: r + 1500 },
      { line: 'System escalated to the service manager (response overdue, automatic)', dueMs: r + 3001 },
      { line: `System warned that the resolution is at risk (due ${local(6)})`, dueMs: r + 3000 },
      { line: 'System escalated to the service manager (resolution overdue, automatic)', dueMs: r + 6001 },
      { line: 'System escalated to headquarters (resolution overdue, automatic)', dueMs: r + 6001 },
    ]);
  });

  it('waits for the customer to confirm a fix: warns at half the window, escalates when it runs out', async () => {
    const reported = await desk.agent.post('/api/tickets', faultReport(desk.contractId));
    const ticketId = reported.body.id as string;
    expect((await desk.engineer.post(`/api/tickets/${ticketId}/responses`, { mode: 'remote' })).status).toBe(
      200,
    );
    const resolved = await desk.engineer.post(`/api/tickets/${ticketId}/resolution`, {
      cause: 'Grouper table missing',
      measures: 'Reloaded the table',
      resolution: 'Grouping works again',
      category: 'configuration',
    });
    expect(resolved.status).toBe(200);
    const items = await waitForTimeline(desk.agent, ticketId, (i) => byWatchman(i).length >= 2);
    const view = await desk.agent.get(`/api/tickets/${ticketId}`);
    const q = Date.parse(view.body.resolution.resolvedAt as string);
    const local = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    expectOnTime(items, [
      {
        line: `System warned that the customer's confirmation is at risk (due ${local(q + 4000)})`,
        dueMs: q + 2000,
      },
      {
        line: 'System escalated to the service manager (solution not confirmed, automatic)',
        dueMs: q + 4001,
      },
    ]);
  });

  it('watches the on-site arrival from the dispatch', async () => {
    const reported = await desk.agent.post('/api/tickets', faultReport(desk.contractId));
    const ticketId = reported.body.id as string;
    const r = Date.parse((await desk.agent.get(`/api/tickets/${ticketId}`)).body.reportedAt as string);
    expect((await desk.engineer.post(`/api/tickets/${ticketId}/responses`, { mode: 'remote' })).status).toBe(
      200,
    );
    const dispatchedAt = new Date().toISOString();
    const dispatched = await desk.engineer.post(`/api/tickets/${ticketId}/dispatches`, {
      engineers: [desk.engineer.id],
      reason: 'Remote access to the grouping server is blocked',
      occurredAt: dispatchedAt,
    });
    expect(dispatched.status).toBe(200);
    const d = Date.parse(dispatchedAt);
    const local = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    const items = await waitForTimeline(desk.agent, ticketId, (i) => byWatchman(i).length >= 5);
    expectOnTime(items, [
      { line: `System warned that the on-site arrival is at risk (due ${local(d + 4000)})`, dueMs: d + 2000 },
      {
        line: 'System escalated to the service manager (on-site arrival overdue, automatic)',
        dueMs: d + 4001,
      },
      { line: `System warned that the resolution is at risk (due ${local(r + 6000)})`, dueMs: r + 3000 },
      { line: 'System escalated to the service manager (resolution overdue, automatic)', dueMs: r + 6001 },
      { line: 'System escalated to headquarters (resolution overdue, automatic)', dueMs: r + 6001 },
    ]);
  });
});
