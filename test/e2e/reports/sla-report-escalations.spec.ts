import {
  byWatchman,
  faultReport,
  setSecondsPolicy,
  startWatchDesk,
  waitForTimeline,
  type WatchDesk,
} from '../watchman/watch-desk.fixture.js';

/*
 * With the SLA watchman running: ticket A is reported under the contract's first policy (version 1,
 * the defaults: respond within PT30M) and answered at once; then the admin sets version 2 (respond
 * within PT2S) and ticket B is reported under it, escalated by hand as a complaint, and left
 * unanswered, so the watchman escalates its overdue response by itself. The SLA report must say:
 *   escalations: response_overdue 1 automatic, 0 manual; complaint 0 automatic, 1 manual;
 *   response: A met, B breached (still running past its due time) → met 1 of 2 judged;
 *   policy versions seen: 1 (A) and 2 (B), each ticket judged by the one in force when reported.
 */
describe('SLA report: automatic and manual escalations, and the policy version of each ticket', () => {
  let desk: WatchDesk;
  beforeAll(async () => {
    desk = await startWatchDesk();
  }, 60_000);
  afterAll(() => desk?.close());

  it('splits escalations by who made them and lists the versions that judged the tickets', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const a = await desk.agent.post('/api/tickets', faultReport(desk.contractId));
    expect(a.status).toBe(201);
    expect((await desk.engineer.post(`/api/tickets/${a.body.id}/responses`, { mode: 'guided' })).status).toBe(
      200,
    );

    await setSecondsPolicy(desk.admin, desk.contractId, {
      response: 'PT2S',
      onSite: 'PT1H',
      resolution: 'PT1H',
      atRiskShare: 0.5,
      confirmationWindow: 'PT1H',
    });
    const b = await desk.agent.post('/api/tickets', faultReport(desk.contractId));
    expect(b.status).toBe(201);
    const manual = await desk.agent.post(`/api/tickets/${b.body.id}/escalations`, {
      level: 1,
      reason: 'complaint',
      note: 'the ward complains (fictional)',
    });
    expect(manual.status).toBe(200);
    const items = await waitForTimeline(desk.agent, b.body.id, (list) =>
      byWatchman(list).some((i) => i.type === 'Escalated'),
    );
    expect(byWatchman(items).some((i) => i.type === 'Escalated')).toBe(true);
    // a later write of our own, so that ?after= covers the watchman's escalation before it
    const note = await desk.agent.post(`/api/tickets/${a.body.id}/supervision-notes`, {
      period: 'first chase',
      progress: 'answered',
      solvedPercent: 50,
    });
    expect(note.status).toBe(200);

    const to = new Date(Date.now() + 60_000).toISOString();
    const report = await desk.admin.get(
      `/api/reports/sla?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&after=${note.body.position}`,
    );
    expect(report.status).toBe(200);
    const total = report.body.total;
    expect(total.tickets).toBe(2);
    expect(total.escalations.byReason.response_overdue).toEqual({ automatic: 1, manual: 0 });
    expect(total.escalations.byReason.complaint).toEqual({ automatic: 0, manual: 1 });
    expect(total.escalations.total).toBe(2);
    expect(total.withinTarget.response).toEqual({ met: 1, judged: 2, share: 0.5 });
    expect(total.breaches.response.count).toBe(1);
    expect(total.breaches.response.totalOverrunMs).toBeGreaterThan(0);
    expect(total.policyVersions).toEqual([
      { contractId: desk.contractId, version: 1 },
      { contractId: desk.contractId, version: 2 },
    ]);
  }, 60_000);
});
