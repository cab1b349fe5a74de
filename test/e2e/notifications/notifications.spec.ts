import { WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import {
  type NotificationDesk,
  report,
  reportFault,
  startNotificationDesk,
} from './notification-desk.fixture.js';

describe('GET /api/notifications: the outbox of warnings, escalations and urgent reports', () => {
  let desk: NotificationDesk;
  beforeAll(async () => {
    desk = await startNotificationDesk({ env: WITHOUT_SLA_WATCHMAN });
  });
  afterAll(async () => {
    await desk.close();
  });

  it('shows a manual escalation to every service manager, and to nobody else', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const escalated = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
      note: 'The hospital called twice (fictional)',
    });
    expect(escalated.status).toBe(200);
    const after = `?after=${escalated.body.position}`;

    const seen = await desk.manager.get(`/api/notifications${after}`);
    expect(seen.status).toBe(200);
    expect(seen.body.items).toHaveLength(1);
    expect(seen.body.items[0]).toMatchObject({
      kind: 'escalated',
      ticketId: ticket.id,
      serviceNo: ticket.serviceNo,
      recipient: 'manager',
      reason: 'manual',
      level: 1,
      timer: null,
      dueAt: null,
      position: escalated.body.position,
      read: false,
      readAt: null,
      text: {
        zh: `工单 ${ticket.serviceNo} 已升级至售后服务部经理（1级，人工升级）`,
        en: `Ticket ${ticket.serviceNo} escalated to service manager (level 1, by hand)`,
      },
    });
    expect(seen.body.nextCursor).toBeNull();

    const other = await desk.manager2.get(`/api/notifications${after}`);
    expect(other.body.items.map((n: { id: string }) => n.id)).toEqual([seen.body.items[0].id]);
    for (const caller of [desk.agent, desk.engineer, desk.headquarters]) {
      expect((await caller.get(`/api/notifications${after}`)).body.items).toEqual([]);
    }
  });

  it('goes to headquarters for a level-2 escalation and to one user when addressed to its id', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractB));
    await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, { level: 1, reason: 'manual' });
    const toHq = await desk.manager.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 2,
      reason: 'manual',
    });
    expect(toHq.status).toBe(200);
    const toEngineer = await desk.manager.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
      to: desk.engineer.id,
    });
    expect(toEngineer.status).toBe(200);
    const after = `?after=${toEngineer.body.position}`;

    const hq = (await desk.headquarters.get(`/api/notifications${after}`)).body.items;
    expect(hq).toHaveLength(1);
    expect(hq[0]).toMatchObject({ recipient: 'headquarters', level: 2, position: toHq.body.position });
    expect(hq[0].text.en).toBe(`Ticket ${ticket.serviceNo} escalated to headquarters (level 2, by hand)`);

    const mine = (await desk.engineer.get(`/api/notifications${after}`)).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      recipient: desk.engineer.id,
      position: toEngineer.body.position,
      text: {
        zh: `工单 ${ticket.serviceNo} 已升级至您（1级，人工升级）`,
        en: `Ticket ${ticket.serviceNo} escalated to you (level 1, by hand)`,
      },
    });
    const managers = (await desk.manager.get(`/api/notifications${after}`)).body.items;
    expect(managers.some((n: { position: string }) => n.position === toEngineer.body.position)).toBe(false);
  });

  it('tells the service manager at once of a complaint and of a level-1 fault', async () => {
    // Both phoned in days ago and typed in now by the duty agent (a customer contact dates 15 minutes back).
    const complaint = await reportFault(
      desk.agent,
      report(desk.contractA, { kind: 'complaint', severity: 3, reportedAt: '2026-11-30T09:00:00+08:00' }),
    );
    const level1 = await reportFault(
      desk.agent,
      report(desk.contractB, { severity: 1, reportedAt: '2026-11-30T09:10:00+08:00' }),
    );
    const items = (await desk.manager.get(`/api/notifications?after=${level1.position}`)).body.items;
    expect(items[0]).toMatchObject({
      kind: 'level1_reported',
      ticketId: level1.id,
      serviceNo: level1.serviceNo,
      recipient: 'manager',
      dueAt: '2026-11-30T09:40:00.000+08:00',
      position: level1.position,
      text: {
        zh: `一级故障 ${level1.serviceNo} 已登记（响应截止 2026-11-30T09:40:00.000+08:00）`,
        en: `Level 1 fault ${level1.serviceNo} reported (respond by 2026-11-30T09:40:00.000+08:00)`,
      },
    });
    expect(items[1]).toMatchObject({
      kind: 'complaint_reported',
      ticketId: complaint.id,
      recipient: 'manager',
      position: complaint.position,
      text: {
        zh: `收到投诉 ${complaint.serviceNo}（三级），请售后服务部经理处理`,
        en: `Complaint ${complaint.serviceNo} reported (level 3); for the service manager`,
      },
    });
    const request = await reportFault(desk.agent, report(desk.contractA));
    const latest = (await desk.manager.get(`/api/notifications?after=${request.position}&limit=1`)).body;
    expect(latest.items[0].ticketId).toBe(level1.id);
  });

  it('keeps read marks per user, on its own stream, and filters by unread and since', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const escalated = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });
    const mine = (await desk.manager.get(`/api/notifications?after=${escalated.body.position}&limit=1`)).body
      .items[0];
    expect(mine.ticketId).toBe(ticket.id);

    const read = await desk.manager.post(`/api/notifications/${mine.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ id: mine.id, revision: expect.any(Number), position: expect.any(String) });
    const again = await desk.manager.post(`/api/notifications/${mine.id}/read`);
    expect(again.body).toEqual(read.body);

    const after = `after=${read.body.position}`;
    const asRead = (await desk.manager.get(`/api/notifications?${after}`)).body.items;
    expect(asRead.find((n: { id: string }) => n.id === mine.id)).toMatchObject({
      read: true,
      readAt: expect.any(String),
    });
    const unread = (await desk.manager.get(`/api/notifications?${after}&unread=true`)).body.items;
    expect(unread.some((n: { id: string }) => n.id === mine.id)).toBe(false);
    const onlyRead = (await desk.manager.get(`/api/notifications?${after}&unread=false`)).body.items;
    expect(onlyRead.map((n: { id: string }) => n.id)).toEqual([mine.id]);
    const forOther = (await desk.manager2.get(`/api/notifications?${after}&unread=true`)).body.items;
    expect(forOther.some((n: { id: string }) => n.id === mine.id)).toBe(true);

    const since = (
      await desk.manager.get(`/api/notifications?${after}&since=${encodeURIComponent(mine.createdAt)}`)
    ).body.items;
    expect(since.map((n: { id: string }) => n.id)).toEqual([mine.id]);
    const future = await desk.manager.get('/api/notifications?since=2999-01-01T00:00:00%2B08:00');
    expect(future.body.items).toEqual([]);
  });

  it('pages newest first without duplicates or gaps', async () => {
    const ticket = await reportFault(desk.agent, report(desk.contractB));
    let last = '';
    for (let i = 0; i < 5; i++) {
      last = (await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, { level: 1, reason: 'manual' }))
        .body.position;
    }
    const all = (await desk.manager.get(`/api/notifications?after=${last}&limit=200`)).body.items;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = (await desk.manager.get(`/api/notifications?limit=3${query}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((n: { id: string }) => n.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.map((n: { id: string }) => n.id));
    const positions = all.map((n: { position: string }) => BigInt(n.position));
    expect([...positions].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(positions);
  });

  it('refuses customer contacts, other users’ notifications and bad input', async () => {
    const customer = await desk.customerA.get('/api/notifications');
    expect(customer.status).toBe(403);
    expect(customer.headers.get('content-type')).toMatch(/application\/problem\+json/);

    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const escalated = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });
    const theirs = (await desk.manager.get(`/api/notifications?after=${escalated.body.position}&limit=1`))
      .body.items[0];
    const notMine = await desk.engineer.post(`/api/notifications/${theirs.id}/read`);
    expect(notMine.status).toBe(404);
    expect((await desk.customerA.post(`/api/notifications/${theirs.id}/read`)).status).toBe(403);

    const cases: [string, string][] = [
      ['/api/notifications?unread=maybe', 'unread'],
      ['/api/notifications?since=yesterday', 'since'],
      ['/api/notifications?limit=0', 'limit'],
      ['/api/notifications?cursor=not-a-cursor!', 'cursor'],
      ['/api/notifications?colour=red', 'colour'],
    ];
    for (const [path, field] of cases) {
      const bad = await desk.manager.get(path);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const badId = await desk.manager.post('/api/notifications/123/read');
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('id');
    expect((await desk.manager.get('/api/notifications/deliveries')).status).toBe(403);
    expect((await desk.admin.get('/api/notifications/deliveries')).body).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
