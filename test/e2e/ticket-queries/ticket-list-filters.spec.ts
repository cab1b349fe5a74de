import type { ApiClient } from '../../support/api-client.js';
import { at, faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/**
 * Four tickets, each built to match some filters and not others (minutes are relative to when the
 * test starts; the default policy: respond in 30 min, at risk from 80%, resolve in 12 h):
 * - atRisk: org A, level 1, request, very urgent, reported 25 min ago, untouched: response at risk;
 * - breached: org A, level 2 complaint, urgent, reported 40 min ago, untouched: response breached;
 * - met: org B, level 3, normal, reported 3 h ago, responded after 10 min, assigned to engineer2,
 *   resolved after 60 min: every timer met;
 * - running: org B, level 4, normal, reported now by the customer itself: running.
 */
describe('GET /api/tickets: filters, sorting, customer isolation, redaction', () => {
  let desk: TicketDesk;
  let base: Date;
  let orgA: string;
  let orgB: string;
  const ids: Record<'atRisk' | 'breached' | 'met' | 'running', string> = {} as never;
  let lastPosition = '0';

  const report = async (who: ApiClient, body: object) => {
    const response = await who.post('/api/tickets', body);
    expect(response.status).toBe(201);
    lastPosition = response.body.position;
    return response.body.id as string;
  };
  const act = async (who: ApiClient, path: string, body: object) => {
    const response = await who.post(path, body);
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    lastPosition = response.body.position;
  };
  /** The ids of a listing, read after the last write. */
  const list = async (query: string, who: ApiClient = desk.manager) => {
    const response = await who.get(`/api/tickets?after=${lastPosition}${query ? `&${query}` : ''}`);
    expect(response.status).toBe(200);
    return response.body.items.map((item: { id: string }) => item.id) as string[];
  };
  const name = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;
  const names = async (query: string, who?: ApiClient) => (await list(query, who)).map(name);

  beforeAll(async () => {
    desk = await startTicketDesk();
    base = new Date();
    orgA = (await desk.admin.get(`/api/contracts/${desk.contractA}`)).body.customerId;
    orgB = (await desk.admin.get(`/api/contracts/${desk.contractB}`)).body.customerId;
    ids.atRisk = await report(
      desk.agent,
      faultReport(desk.contractA, {
        reportedAt: at(base, -25),
        description: 'DIP 分组服务无响应 (grouping service does not answer)',
      }),
    );
    ids.breached = await report(
      desk.agent,
      faultReport(desk.contractA, {
        reportedAt: at(base, -40),
        severity: 2,
        kind: 'complaint',
        urgency: 'urgent',
        description: '医保结算接口超时 Settlement interface timeout',
      }),
    );
    ids.met = await report(
      desk.agent,
      faultReport(desk.contractB, {
        reportedAt: at(base, -180),
        severity: 3,
        urgency: 'normal',
        description: '报表导出缓慢 report export is slow',
      }),
    );
    const met = `/api/tickets/${ids.met}`;
    await act(desk.engineer, `${met}/responses`, { mode: 'guided', occurredAt: at(base, -170) });
    await act(desk.manager, `${met}/assignment`, {
      engineerId: desk.engineer2.id,
      occurredAt: at(base, -165),
    });
    await act(desk.engineer2, `${met}/resolution`, {
      cause: '索引缺失 missing index',
      measures: 'added the index',
      resolution: '重启了分组引擎 restarted the grouping engine',
      category: 'software',
      occurredAt: at(base, -120),
    });
    ids.running = await report(
      desk.customerB,
      faultReport(desk.contractB, {
        severity: 4,
        urgency: 'normal',
        description: 'CPU 100% on the app server, 请协助配置',
      }),
    );
  }, 120_000);
  afterAll(() => desk.close());

  it('lists every ticket, newest report first by default, with its facts and SLA now', async () => {
    expect(await names('')).toEqual(['running', 'atRisk', 'breached', 'met']);
    const { body } = await desk.manager.get(`/api/tickets?after=${lastPosition}&sort=serviceNo`);
    expect(body.nextCursor).toBeNull();
    const item = body.items.find((i: { id: string }) => i.id === ids.breached);
    expect(item).toMatchObject({
      id: ids.breached,
      serviceNo: expect.stringMatching(/^SV-\d{6}-\d{4}$/),
      status: 'reported',
      severity: 2,
      kind: 'complaint',
      urgency: 'urgent',
      customerId: orgA,
      contractId: desk.contractA,
      assignee: null,
      product: { name: 'DIP grouping platform', version: '3.2' },
      description: '医保结算接口超时 Settlement interface timeout',
      sla: {
        state: 'breached',
        response: { state: 'breached' },
        onSite: { state: 'not_started', dueAt: null },
        resolution: { state: 'running' },
      },
    });
    expect(Date.parse(item.reportedAt)).toBe(Date.parse(at(base, -40)));
    expect(Date.parse(item.sla.response.dueAt)).toBe(Date.parse(at(base, -10)));
    expect(Date.parse(item.sla.resolution.dueAt)).toBe(Date.parse(at(base, -40 + 12 * 60)));
    expect(Date.parse(item.updatedAt)).toBeGreaterThanOrEqual(base.getTime());
    const met = body.items.find((i: { id: string }) => i.id === ids.met);
    expect(met).toMatchObject({ status: 'resolved', assignee: desk.engineer2.id, sla: { state: 'met' } });
  });

  it.each([
    ['status=resolved', ['met']],
    ['status=reported', ['running', 'atRisk', 'breached']],
    ['severity=2', ['breached']],
    ['kind=complaint', ['breached']],
    ['urgency=normal', ['running', 'met']],
    ['urgency=very_urgent', ['atRisk']],
    ['sla=at_risk', ['atRisk']],
    ['sla=breached', ['breached']],
    ['sla=met', ['met']],
    ['sla=running', ['running']],
    ['q=分组', ['atRisk', 'met']],
    ['q=SETTLEMENT', ['breached']],
    ['q=restarted', ['met']],
    ['q=missing%20index', ['met']],
    ['q=100%25', ['running']],
    ['q=%25', ['running']],
    ['q=_', []],
    ['q=请协助', ['running']],
    ['severity=2&kind=request', []],
    ['status=reported&urgency=normal', ['running']],
    ['open=true', ['running', 'atRisk', 'breached', 'met']],
    ['open=false', []],
  ])('filters %s', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('filters by customer, contract and assignee', async () => {
    expect(await names(`customer=${orgA}`)).toEqual(['atRisk', 'breached']);
    expect(await names(`customer=${orgB}`)).toEqual(['running', 'met']);
    expect(await names(`contract=${desk.contractB}`)).toEqual(['running', 'met']);
    expect(await names(`assignee=${desk.engineer2.id}`)).toEqual(['met']);
    expect(await names(`assignee=${desk.engineer.id}`)).toEqual([]);
  });

  it('filters by report time: from inclusive, to exclusive', async () => {
    const between = (from: string, to: string) =>
      names(`reportedFrom=${encodeURIComponent(from)}&reportedTo=${encodeURIComponent(to)}`);
    expect(await between(at(base, -50), at(base, -10))).toEqual(['atRisk', 'breached']);
    expect(await between(at(base, -40), at(base, -25))).toEqual(['breached']);
    expect(await names(`reportedTo=${encodeURIComponent(at(base, -100))}`)).toEqual(['met']);
    // The same instant written with an offset: 2 h earlier in UTC is 6 h later in +08:00.
    const shanghai = new Date(base.getTime() - 30 * 60_000 + 8 * 3600_000)
      .toISOString()
      .replace('Z', '+08:00');
    expect(await names(`reportedFrom=${encodeURIComponent(shanghai)}`)).toEqual(['running', 'atRisk']);
  });

  it.each([
    ['sort=reportedAt', ['met', 'breached', 'atRisk', 'running']],
    ['sort=-reportedAt', ['running', 'atRisk', 'breached', 'met']],
    ['sort=severity', ['atRisk', 'breached', 'met', 'running']],
    ['sort=-severity', ['running', 'met', 'breached', 'atRisk']],
    ['sort=serviceNo', ['atRisk', 'breached', 'met', 'running']],
    ['sort=-serviceNo', ['running', 'met', 'breached', 'atRisk']],
    ['sort=updatedAt', ['atRisk', 'breached', 'met', 'running']],
    ['sort=-updatedAt', ['running', 'met', 'breached', 'atRisk']],
  ])('sorts %s', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it("shows a customer contact only its own organisation's tickets, whatever it asks", async () => {
    expect(await names('', desk.customerA)).toEqual(['atRisk', 'breached']);
    expect(await names('', desk.customerB)).toEqual(['running', 'met']);
    expect(await names(`customer=${orgB}`, desk.customerA)).toEqual([]);
    expect(await names(`contract=${desk.contractB}`, desk.customerA)).toEqual([]);
    expect(await names('q=分组', desk.customerB)).toEqual(['met']);
  });

  it("redacts the reporter's contact details as GET /api/tickets/:id does", async () => {
    const reporterOf = async (who: ApiClient) => {
      const { body } = await who.get(`/api/tickets?after=${lastPosition}&sla=at_risk`);
      return body.items[0].reporter;
    };
    const full = { name: 'Duty nurse (fictional)', phone: '000-0000-0000', email: 'duty@hospital.example' };
    expect(await reporterOf(desk.agent)).toEqual(full);
    expect(await reporterOf(desk.customerA)).toEqual(full);
    expect(await reporterOf(desk.auditor)).toEqual({ name: 'Duty nurse (fictional)' });
    expect((await desk.auditor.get(`/api/tickets/${ids.atRisk}`)).body.reporter).toEqual({
      name: 'Duty nurse (fictional)',
    });
  });

  it('lets every role list', async () => {
    for (const who of [desk.admin, desk.agent, desk.engineer, desk.manager, desk.auditor, desk.customerA]) {
      expect((await who.get('/api/tickets')).status).toBe(200);
    }
    expect((await fetch(`${desk.app.baseUrl}/api/tickets`)).status).toBe(401);
  });

  it.each([
    ['status=lost', 'status'],
    ['severity=5', 'severity'],
    ['severity=high', 'severity'],
    ['kind=question', 'kind'],
    ['urgency=asap', 'urgency'],
    ['customer=acme', 'customer'],
    ['contract=1', 'contract'],
    ['assignee=me', 'assignee'],
    ['reportedFrom=yesterday', 'reportedFrom'],
    ['reportedTo=2026-11-20T10:00:00', 'reportedTo'],
    ['sla=late', 'sla'],
    ['q=', 'q'],
    ['sort=priority', 'sort'],
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    ['status=reported&status=closed', 'status'],
    ['colour=red', 'colour'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const response = await desk.manager.get(`/api/tickets?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses a cursor issued for another sort', async () => {
    const first = await desk.manager.get('/api/tickets?limit=1&sort=reportedAt');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const response = await desk.manager.get(
      `/api/tickets?limit=1&sort=severity&cursor=${first.body.nextCursor}`,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});
