import { api } from '../../support/api-client.js';
import { startServiceProcess, type ServiceProcess } from '../../support/start-service-process.js';
import {
  type NotificationDesk,
  report,
  reportFault,
  startNotificationDesk,
} from './notification-desk.fixture.js';
import { SseClient } from './sse-client.js';

/** Needs the built service (npx tsc -p tsconfig.json): the writer is a second process on the same store. */
describe('GET /api/events/stream follows the store, so it sees what another process writes', () => {
  let desk: NotificationDesk;
  let other: ServiceProcess;
  let stream: SseClient | undefined;
  beforeAll(async () => {
    desk = await startNotificationDesk();
    other = await startServiceProcess({ dataDir: desk.app.dataDir });
  });
  afterAll(async () => {
    await stream?.close();
    await other?.stop();
    await desk?.close();
  });

  it('sends an escalation written through the other process, with its position and notification', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    stream = await SseClient.open(`${desk.app.baseUrl}/api/events/stream`, {
      authorization: `Bearer ${desk.manager.token}`,
    });
    const escalated = await api(other.baseUrl, desk.agent.token).post(
      `/api/tickets/${ticket.id}/escalations`,
      {
        level: 1,
        reason: 'manual',
      },
    );
    expect(escalated.status).toBe(200);
    const change = await stream.next((e) => e.event === 'ticket', 0, 20_000);
    expect(change.data).toEqual({
      type: 'Escalated',
      ticketId: ticket.id,
      position: escalated.body.position,
    });
    const notification = await stream.next((e) => e.event === 'notification', 0, 20_000);
    expect(notification).toMatchObject({
      id: escalated.body.position,
      data: { kind: 'escalated', ticketId: ticket.id, serviceNo: ticket.serviceNo, recipient: 'manager' },
    });
  });
});
