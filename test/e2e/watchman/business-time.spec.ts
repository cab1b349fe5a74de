import {
  byWatchman,
  faultReport,
  setSecondsPolicy,
  startWatchDesk,
  waitForTimeline,
  type WatchDesk,
} from './watch-desk.fixture.js';

/** Response PT3S at risk at 50 %: the warning comes 1.5 s after the report. */
const POLICY = {
  response: 'PT3S',
  onSite: 'PT1H',
  resolution: 'PT1H',
  atRiskShare: 0.5,
  confirmationWindow: 'PT24H',
};

describe('the watchman’s records and the business time of later entries', () => {
  let desk: WatchDesk;
  beforeAll(async () => {
    desk = await startWatchDesk();
    await setSecondsPolicy(desk.admin, desk.contractId, POLICY);
  });
  afterAll(() => desk.close());

  it('accepts a response given before the warning and entered after it; the response is met, nothing is escalated', async () => {
    const reported = await desk.agent.post('/api/tickets', faultReport(desk.contractId));
    const ticketId = reported.body.id as string;
    const reportedAt = (await desk.agent.get(`/api/tickets/${ticketId}`)).body.reportedAt as string;
    await waitForTimeline(desk.agent, ticketId, (i) => byWatchman(i).length >= 1);
    const givenAt = new Date(Date.parse(reportedAt) + 1000).toISOString();
    const responded = await desk.engineer.post(`/api/tickets/${ticketId}/responses`, {
      mode: 'guided',
      occurredAt: givenAt,
    });
    expect(responded.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // past the response's due time
    const view = await desk.agent.get(`/api/tickets/${ticketId}?after=${responded.body.position}`);
    expect(view.body.sla.response.state).toBe('met');
    const items = await waitForTimeline(desk.agent, ticketId, () => true);
    expect(byWatchman(items).map((i) => i.type)).toEqual(['SlaAtRisk']);
    const warning = items.find((i) => i.type === 'SlaAtRisk')!;
    const response = items.find((i) => i.type === 'Responded')!;
    expect(Date.parse(response.occurredAt)).toBe(Date.parse(givenAt));
    expect(Date.parse(response.occurredAt)).toBeLessThan(Date.parse(warning.occurredAt));
    expect(Date.parse(response.recordedAt)).toBeGreaterThan(Date.parse(warning.recordedAt));
  });
});
