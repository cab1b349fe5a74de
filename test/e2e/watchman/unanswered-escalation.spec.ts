import {
  byWatchman,
  faultReport,
  sleep,
  startWatchDesk,
  timeline,
  waitForTimeline,
  type WatchDesk,
} from './watch-desk.fixture.js';

/**
 * Response due after 2 s; everything else an hour away; a level-1 escalation may stay unanswered
 * for 3 s (escalationAnswerWindow) before the watchman takes it to headquarters.
 */
const HOUR = { response: 'PT2S', onSite: 'PT1H', resolution: 'PT1H' };
const LEVEL_1 = 'System escalated to the service manager (response overdue, automatic)';
const LEVEL_2 = 'System escalated to headquarters (response overdue, automatic)';

describe('a level-1 escalation nobody answers goes to headquarters', () => {
  let desk: WatchDesk;

  beforeAll(async () => {
    desk = await startWatchDesk();
    const put = await desk.admin.put(`/api/contracts/${desk.contractId}/sla-policy`, {
      targets: { '1': HOUR, '2': HOUR, '3': HOUR, '4': HOUR },
      atRiskShare: 0.9,
      escalationAnswerWindow: 'PT3S',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ version: 2 });
    const contract = await desk.admin.get(`/api/contracts/${desk.contractId}`);
    expect(contract.body.slaPolicy.escalationAnswerWindow).toBe('PT3S');
  });
  afterAll(() => desk.close());

  it('records level 2 to headquarters once the answer window has passed without a manager action', async () => {
    const ticketId = (await desk.agent.post('/api/tickets', faultReport(desk.contractId))).body.id as string;
    const items = await waitForTimeline(desk.agent, ticketId, (i) =>
      byWatchman(i).some((e) => e.summary.en === LEVEL_2),
    );
    const watched = byWatchman(items);
    const level1 = watched.filter((e) => e.summary.en === LEVEL_1);
    const level2 = watched.filter((e) => e.summary.en === LEVEL_2);
    expect(level1).toHaveLength(1);
    expect(level2).toHaveLength(1);
    const delay = Date.parse(level2[0].recordedAt) - (Date.parse(level1[0].occurredAt) + 3000);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(5000);
  });

  it('does not go to headquarters when the service manager acts on the ticket in time', async () => {
    const ticketId = (await desk.agent.post('/api/tickets', faultReport(desk.contractId))).body.id as string;
    await waitForTimeline(desk.agent, ticketId, (i) => byWatchman(i).some((e) => e.summary.en === LEVEL_1));
    const noted = await desk.manager.post(`/api/tickets/${ticketId}/supervision-notes`, {
      period: 'first hour',
      progress: 'Called the duty engineer; remote session being set up',
      solvedPercent: 10,
    });
    expect(noted.status).toBe(200);
    // The answer window (3 s) and the 5 s the watchman may take, with a margin.
    await sleep(9000);
    const watched = byWatchman(await timeline(desk.agent, ticketId));
    expect(watched.filter((e) => e.summary.en === LEVEL_1)).toHaveLength(1);
    expect(watched.filter((e) => e.summary.en === LEVEL_2)).toHaveLength(0);
  }, 30_000);
});
