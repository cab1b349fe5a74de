import { LiveConnections } from '../../../apps/service-desk/src/live-events/live-connections.js';
import {
  type NotificationDesk,
  report,
  reportFault,
  startNotificationDesk,
} from './notification-desk.fixture.js';
import { SseClient } from './sse-client.js';

describe('GET /api/events/stream: server-sent events for a desk screen', () => {
  let desk: NotificationDesk;
  const open: SseClient[] = [];
  const connect = async (token: string, headers: Record<string, string> = {}, query = '') => {
    const client = await SseClient.open(`${desk.app.baseUrl}/api/events/stream${query}`, {
      authorization: `Bearer ${token}`,
      ...headers,
    });
    open.push(client);
    return client;
  };
  beforeAll(async () => {
    desk = await startNotificationDesk();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await desk.close();
  });

  it('sends a write made after connecting, with its position as id, and the notification it caused', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const stream = await connect(desk.manager.token);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);

    const escalated = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });
    const change = await stream.next((e) => e.event === 'ticket');
    expect(change.data).toEqual({
      type: 'Escalated',
      ticketId: ticket.id,
      position: escalated.body.position,
    });
    const notification = await stream.next((e) => e.event === 'notification');
    expect(notification.id).toBe(escalated.body.position);
    expect(notification.data).toMatchObject({
      kind: 'escalated',
      ticketId: ticket.id,
      recipient: 'manager',
      position: escalated.body.position,
      read: false,
    });
    const listed = (await desk.manager.get(`/api/notifications?after=${escalated.body.position}&limit=1`))
      .body;
    expect(notification.data).toEqual(listed.items[0]);
    expect(stream.events.filter((e) => e.data.ticketId !== ticket.id)).toEqual([]);
  });

  it('resumes after Last-Event-ID with what was missed, in order', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractB));
    const first = await connect(desk.engineer.token);
    const responded = await desk.engineer.post(`/api/tickets/${ticket.id}/responses`, { mode: 'remote' });
    expect(responded.status).toBe(200);
    const seen = await first.next((e) => e.event === 'ticket');
    expect(seen.id).toBe(responded.body.position);
    await first.close();

    const note = await desk.agent.post(`/api/tickets/${ticket.id}/supervision-notes`, {
      period: '2026-11-30 PM',
      progress: 'Waiting for the vendor patch (fictional)',
      solvedPercent: 40,
    });
    expect(note.status).toBe(200);
    const escalated = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });

    const resumed = await connect(desk.engineer.token, { 'last-event-id': seen.id! });
    await resumed.next((e) => e.data.position === escalated.body.position);
    const ours = resumed.events.filter((e) => e.data.ticketId === ticket.id);
    expect(ours.map((e) => [e.event, e.data.type, e.id])).toEqual([
      ['ticket', 'SupervisionNoted', note.body.position],
      ['ticket', 'Escalated', escalated.body.position],
    ]);
  });

  it('gives a customer contact only its own organisation’s tickets and no notifications', async () => {
    const ours = await reportFault(desk.agent, report(desk.contractA));
    const theirs = await reportFault(desk.agent, report(desk.contractB));
    const stream = await connect(desk.customerA.token);

    const other = await desk.agent.post(`/api/tickets/${theirs.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });
    const own = await desk.agent.post(`/api/tickets/${ours.id}/escalations`, { level: 1, reason: 'manual' });
    expect(other.status).toBe(200);
    const change = await stream.next((e) => e.event === 'ticket');
    expect(change).toEqual({
      event: 'ticket',
      id: own.body.position,
      data: { type: 'Escalated', ticketId: ours.id, position: own.body.position },
    });
    const newTicket = await reportFault(desk.customerA, report(desk.contractA));
    await stream.next((e) => e.data.ticketId === newTicket.id);
    expect(stream.events.map((e) => e.data.ticketId)).toEqual([ours.id, newTicket.id]);
    expect(stream.events.every((e) => e.event === 'ticket')).toBe(true);
  });

  it('opens with a single-use ?ticket for EventSource, and refuses a missing, bad or used one', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const issued = await desk.headquarters.post('/api/events/ticket', undefined);
    expect(issued.status).toBe(200);
    expect(Date.parse(issued.body.expiresAt) - Date.now()).toBeLessThanOrEqual(60_000);
    const url = `${desk.app.baseUrl}/api/events/stream?ticket=${encodeURIComponent(issued.body.ticket)}`;
    const client = await SseClient.open(url);
    open.push(client);
    expect(client.status).toBe(200);
    const escalated = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });
    expect((await client.next((e) => e.event === 'ticket')).id).toBe(escalated.body.position);

    const again = await fetch(url);
    expect(again.status).toBe(401);
    expect(((await again.json()) as { detail: string }).detail).toMatch(/used already/);
    const asBearer = await fetch(`${desk.app.baseUrl}/api/tickets`, {
      headers: { authorization: `Bearer ${issued.body.ticket}` },
    });
    expect(asBearer.status).toBe(401); // a ticket is no bearer token
    const tokenInQuery = await fetch(
      `${desk.app.baseUrl}/api/events/stream?access_token=${encodeURIComponent(desk.headquarters.token)}`,
    );
    expect(tokenInQuery.status).toBe(400); // the long-lived token is no longer taken from a URL
    const none = await fetch(`${desk.app.baseUrl}/api/events/stream`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="service-ledger"');
    const bad = await fetch(`${desk.app.baseUrl}/api/events/stream?ticket=not.a.ticket`);
    expect(bad.status).toBe(401);
    const badId = await fetch(`${desk.app.baseUrl}/api/events/stream`, {
      headers: { authorization: `Bearer ${desk.manager.token}`, 'last-event-id': 'yesterday' },
    });
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as { errors: { field: string }[] }).errors[0].field).toBe('Last-Event-ID');
    const badQueryId = await fetch(`${desk.app.baseUrl}/api/events/stream?lastEventId=yesterday`, {
      headers: { authorization: `Bearer ${desk.manager.token}` },
    });
    expect(((await badQueryId.json()) as { errors: { field: string }[] }).errors[0].field).toBe(
      'lastEventId',
    );
  });

  it('resumes after ?lastEventId as after Last-Event-ID', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const first = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });
    const second = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 2,
      reason: 'manual',
    });
    const issued = await desk.manager.post('/api/events/ticket', undefined);
    const client = await SseClient.open(
      `${desk.app.baseUrl}/api/events/stream?ticket=${issued.body.ticket}&lastEventId=${first.body.position}`,
    );
    open.push(client);
    expect((await client.next((e) => e.event === 'ticket')).id).toBe(second.body.position);
  });

  it('sends a heartbeat comment every 15 s on a quiet stream', async () => {
    const stream = await connect(desk.auditor.token);
    const started = Date.now();
    while (!stream.comments.includes('heartbeat') && Date.now() - started < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(stream.comments).toContain('heartbeat');
    expect(Date.now() - started).toBeGreaterThanOrEqual(14_000);
  }, 30_000);

  it('lets go of a stream when its client disconnects', async () => {
    const connections = desk.app.app.get(LiveConnections);
    const settled = async () => {
      for (let i = 0; i < 250 && connections.size > 0; i++) await new Promise((r) => setTimeout(r, 20));
      return connections.size;
    };
    expect(await settled()).toBe(0);
    const stream = await connect(desk.agent.token);
    expect(connections.size).toBe(1);
    await stream.close();
    expect(await settled()).toBe(0);
  });

  it('ends open streams when the service shuts down', async () => {
    const own = await startNotificationDesk();
    const client = await SseClient.open(`${own.app.baseUrl}/api/events/stream`, {
      authorization: `Bearer ${own.manager.token}`,
    });
    expect(client.status).toBe(200);
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await client.ended()).toBe(true);
    await client.close();
  });
});
