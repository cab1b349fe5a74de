import { WatchmanModule } from '../../../apps/service-desk/src/watchman/watchman.module.js';
import {
  type NotificationDesk,
  report,
  reportFault,
  startNotificationDesk,
} from './notification-desk.fixture.js';
import { SseClient } from './sse-client.js';

/** Response target 6 s, at risk at 50 %: the watchman warns at 3 s and escalates after 6 s. */
const POLICY = { response: 'PT6S', onSite: 'PT1H', resolution: 'PT1H' };

describe('the SLA watchman’s warnings and escalations reach the people notified', () => {
  let desk: NotificationDesk;
  let stream: SseClient | undefined;
  beforeAll(async () => {
    desk = await startNotificationDesk({ imports: [WatchmanModule] });
    const put = await desk.admin.put(`/api/contracts/${desk.contractA}/sla-policy`, {
      targets: { '1': POLICY, '2': POLICY, '3': POLICY, '4': POLICY },
      atRiskShare: 0.5,
      confirmationWindow: 'PT1H',
    });
    expect(put.status).toBe(200);
  });
  afterAll(async () => {
    await stream?.close();
    await desk.close();
  });

  it('warns the assignee (live, over SSE) and the service manager, then escalates to the manager', async () => {
    stream = await SseClient.open(`${desk.app.baseUrl}/api/events/stream`, {
      authorization: `Bearer ${desk.engineer.token}`,
    });
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const assigned = await desk.agent.post(`/api/tickets/${ticket.id}/assignment`, {
      engineerId: desk.engineer.id,
    });
    expect(assigned.status).toBe(200);
    const reportedMs = Date.parse((await desk.agent.get(`/api/tickets/${ticket.id}`)).body.reportedAt);
    const due = new Date(reportedMs + 6000 + 8 * 3600_000).toISOString().replace('Z', '+08:00');

    const warning = await stream.next((e) => e.event === 'notification', 0, 20_000);
    expect(warning.data).toMatchObject({
      kind: 'sla_at_risk',
      ticketId: ticket.id,
      serviceNo: ticket.serviceNo,
      recipient: desk.engineer.id,
      timer: 'response',
      dueAt: due,
      text: {
        zh: `工单 ${ticket.serviceNo} 的响应时限即将到期（截止 ${due}）`,
        en: `Ticket ${ticket.serviceNo}: the response deadline is at risk (due ${due})`,
      },
    });

    let items: { kind: string; recipient: string; reason: string | null; ticketId: string }[] = [];
    for (let i = 0; i < 200 && !items.some((n) => n.kind === 'escalated'); i++) {
      items = (await desk.manager.get('/api/notifications')).body.items;
      items = items.filter((n) => n.ticketId === ticket.id);
      if (!items.some((n) => n.kind === 'escalated')) await new Promise((r) => setTimeout(r, 100));
    }
    expect(items.map((n) => [n.kind, n.recipient, n.reason])).toEqual([
      ['escalated', 'manager', 'response_overdue'],
      ['sla_at_risk', 'manager', null],
    ]);
    const engineers = (await desk.engineer.get('/api/notifications')).body.items;
    expect(engineers.map((n: { kind: string }) => n.kind)).toEqual(['sla_at_risk']);
  });
});
