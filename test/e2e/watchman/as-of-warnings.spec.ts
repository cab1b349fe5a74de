import {
  byWatchman,
  faultReport,
  setSecondsPolicy,
  startWatchDesk,
  waitForTimeline,
  type WatchDesk,
} from './watch-desk.fixture.js';

/** Response due after 2 s, at risk after 1 s; resolution an hour away. */
const POLICY = {
  response: 'PT2S',
  onSite: 'PT1H',
  resolution: 'PT1H',
  atRiskShare: 0.5,
  confirmationWindow: 'PT1H',
};

describe('the ticket as of an instant shows the watchman’s warnings and escalations as they stood', () => {
  let desk: WatchDesk;
  beforeAll(async () => {
    desk = await startWatchDesk();
    await setSecondsPolicy(desk.admin, desk.contractId, POLICY);
  });
  afterAll(() => desk.close());

  it('before the warning, after it, and after the escalation', async () => {
    const ticketId = (await desk.agent.post('/api/tickets', faultReport(desk.contractId))).body.id as string;
    const items = await waitForTimeline(desk.agent, ticketId, (i) => byWatchman(i).length >= 2);
    const [warning, escalation] = byWatchman(items);
    expect(warning.type).toBe('SlaAtRisk');
    expect(escalation.type).toBe('Escalated');

    const asOf = async (ms: number) => {
      const at = new Date(ms).toISOString();
      const response = await desk.agent.get(`/api/tickets/${ticketId}/as-of?at=${encodeURIComponent(at)}`);
      expect(response.status).toBe(200);
      return response.body as { warnings: unknown[]; escalations: unknown[] };
    };

    const beforeWarning = await asOf(Date.parse(warning.recordedAt) - 1);
    expect(beforeWarning.warnings).toEqual([]);
    expect(beforeWarning.escalations).toEqual([]);

    const afterWarning = await asOf(Date.parse(warning.recordedAt));
    expect(afterWarning.warnings).toEqual([
      expect.objectContaining({ timer: 'response', notify: ['manager'] }),
    ]);
    expect(afterWarning.escalations).toEqual([]);

    const afterEscalation = await asOf(Date.parse(escalation.recordedAt));
    expect(afterEscalation.escalations).toEqual([
      expect.objectContaining({ level: 1, reason: 'response_overdue', to: 'manager', automatic: true }),
    ]);
  });
});
