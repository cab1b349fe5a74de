import { WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';
import {
  byWatchman,
  faultReport,
  sleep,
  startWatchDesk,
  timeline,
  waitForTimeline,
  type WatchDesk,
} from './watch-desk.fixture.js';

const LATE =
  'System escalated to the service manager (response overdue, automatic, overdue when the ticket was recorded)';

/**
 * A level-1 fault typed in 40 minutes after the call: its response (30 minutes on the default
 * policy) was overdue before the service knew of the ticket. The watchman escalates it at once on
 * recording, says so, and does it once.
 */
describe('a ticket recorded after its response deadline', () => {
  let desk: WatchDesk;

  beforeAll(async () => {
    desk = await startWatchDesk();
  });
  afterAll(() => desk.close());

  it('is escalated at once on recording, saying it was recorded late, exactly once', async () => {
    const call = new Date(Date.now() - 40 * 60_000).toISOString();
    const report = { ...faultReport(desk.contractId), severity: 1, reportedAt: call };
    const created = await desk.agent.post('/api/tickets', report);
    expect(created.status).toBe(201);
    const ticketId = created.body.id as string;
    // At once on recording, not when the 30-minute response deadline would come due: the wait gives
    // up after 20 s, and the deadline lies 10 minutes behind already.
    const items = await waitForTimeline(desk.agent, ticketId, (i) => byWatchman(i).length > 0);
    const [escalation, ...more] = byWatchman(items);
    expect(escalation).toMatchObject({ type: 'Escalated', source: 'scheduler' });
    expect(escalation.summary.en).toBe(LATE);
    expect(escalation.summary.zh).toContain('工单补录时已超时');
    expect(more).toEqual([]);
    // Once: another look a few seconds later finds no second escalation of the response.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const again = byWatchman(await timeline(desk.agent, ticketId)).filter((e) => e.summary.en === LATE);
    expect(again).toHaveLength(1);
  }, 30_000);
});

/** SLA_WATCHMAN=off (for suites that compare exact histories): the same late report stays without escalation. */
describe('the same late ticket with SLA_WATCHMAN=off', () => {
  let desk: TicketDesk;

  beforeAll(async () => {
    desk = await startTicketDesk({ env: WITHOUT_SLA_WATCHMAN });
  });
  afterAll(() => desk.close());

  it('records no warning and no escalation', async () => {
    const call = new Date(Date.now() - 40 * 60_000).toISOString();
    const report = { ...faultReport(desk.contractA), severity: 1, reportedAt: call };
    const created = await desk.agent.post('/api/tickets', report);
    expect(created.status).toBe(201);
    // The watching desk above escalates within this wait; this one must not.
    await sleep(5000);
    const items = await timeline(desk.agent, created.body.id as string);
    expect(items.map((i) => i.type)).toEqual(['FaultReported']);
  }, 30_000);
});
