import { WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import { at, faultReport, startTicketDesk, type TicketDesk } from './ticket-desk.fixture.js';

describe('a ticket through its life, over HTTP', () => {
  let desk: TicketDesk;
  beforeAll(async () => {
    desk = await startTicketDesk({ env: WITHOUT_SLA_WATCHMAN });
  }, 60_000);
  afterAll(() => desk.close());

  it('a level-1 fault reported at night is responded remotely, dispatched, arrived, resolved, confirmed and closed', async () => {
    const night = new Date(Date.now() - 2 * 24 * 3600_000);
    night.setUTCHours(18, 10, 0, 0); // 02:10 in Asia/Shanghai, two days ago
    const reported = await desk.agent.post(
      '/api/tickets',
      faultReport(desk.contractA, { reportedAt: at(night, 0) }),
    );
    expect(reported.status).toBe(201);
    expect(reported.body.serviceNo).toMatch(/^SV-\d{6}-\d{4}$/);
    const id = reported.body.id;
    const steps: [string, object][] = [
      [
        `/api/tickets/${id}/responses`,
        { mode: 'remote', note: 'logged in remotely', occurredAt: at(night, 15) },
      ],
      [
        `/api/tickets/${id}/dispatches`,
        { engineers: [desk.engineer.id], reason: 'server disk failed', occurredAt: at(night, 40) },
      ],
      [`/api/tickets/${id}/arrivals`, { occurredAt: at(night, 90) }],
      [
        `/api/tickets/${id}/resolution`,
        {
          cause: 'RAID controller failure',
          measures: 'replaced the disk, restored the service',
          resolution: 'service restored',
          category: 'hardware',
          occurredAt: at(night, 6 * 60),
        },
      ],
    ];
    let revision = 0;
    for (const [path, body] of steps) {
      const step = await desk.engineer.post(path, body);
      expect({ path, status: step.status }).toEqual({ path, status: 200 });
      expect(step.body.revision).toBe(++revision);
    }
    expect((await desk.customerA.post(`/api/tickets/${id}/confirmation`, { confirmed: true })).status).toBe(
      200,
    );
    expect((await desk.agent.post(`/api/tickets/${id}/close`, {})).status).toBe(200);

    const ticket = await desk.manager.get(`/api/tickets/${id}`);
    expect(ticket.status).toBe(200);
    expect(ticket.headers.get('etag')).toBe('"6"');
    expect(ticket.body).toMatchObject({ status: 'closed', severity: 1, engineers: [desk.engineer.id] });
    expect(ticket.body.sla.response).toMatchObject({ state: 'met', target: 'PT30M' });
    expect(ticket.body.sla.onSite).toMatchObject({ state: 'met', target: 'PT1H' });
    expect(ticket.body.sla.resolution).toMatchObject({ state: 'met', target: 'PT12H' });
    expect(Date.parse(ticket.body.sla.response.completedAt)).toBe(Date.parse(at(night, 15)));
    expect(Date.parse(ticket.body.sla.onSite.completedAt)).toBe(Date.parse(at(night, 90)));
  });

  it('a late response is breached by its overrun', async () => {
    const start = new Date(Date.now() - 3 * 3600_000);
    const { body } = await desk.agent.post(
      '/api/tickets',
      faultReport(desk.contractA, { reportedAt: at(start, 0) }),
    );
    await desk.engineer.post(`/api/tickets/${body.id}/responses`, {
      mode: 'guided',
      occurredAt: at(start, 45),
    });
    const ticket = await desk.agent.get(`/api/tickets/${body.id}`);
    expect(ticket.body.sla.response).toMatchObject({ state: 'breached', overrunMs: 15 * 60_000 });
  });

  it('a rejected fix reopens the ticket, which can then be resolved again and confirmed', async () => {
    const { body } = await desk.customerA.post('/api/tickets', faultReport(desk.contractA, { severity: 3 }));
    const id = body.id;
    await desk.engineer.post(`/api/tickets/${id}/responses`, { mode: 'guided' });
    const fix = { cause: 'cache', measures: 'cleared the cache', resolution: 'works', category: 'software' };
    await desk.engineer.post(`/api/tickets/${id}/resolution`, fix);
    const rejected = await desk.customerA.post(`/api/tickets/${id}/confirmation`, {
      confirmed: false,
      note: 'still slow at month end',
    });
    expect(rejected.status).toBe(200);
    expect((await desk.agent.get(`/api/tickets/${id}`)).body.status).toBe('reopened');
    expect((await desk.engineer.post(`/api/tickets/${id}/resolution`, fix)).status).toBe(200);
    expect((await desk.customerA.post(`/api/tickets/${id}/confirmation`, { confirmed: true })).status).toBe(
      200,
    );
    expect((await desk.agent.get(`/api/tickets/${id}`)).body.status).toBe('confirmed');
  });

  it('a rejection without a reason names the missing field', async () => {
    const { body } = await desk.agent.post('/api/tickets', faultReport(desk.contractA));
    const answer = await desk.customerA.post(`/api/tickets/${body.id}/confirmation`, { confirmed: false });
    expect(answer.status).toBe(400);
    expect(new Set(answer.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['note']));
  });

  it('a complaint is recorded as such and can be escalated to the manager by hand', async () => {
    const { body } = await desk.customerA.post(
      '/api/tickets',
      faultReport(desk.contractA, { kind: 'complaint', severity: 3, description: '工程师未按时到场' }),
    );
    const escalated = await desk.agent.post(`/api/tickets/${body.id}/escalations`, {
      level: 1,
      reason: 'complaint',
      note: 'customer complains about a late visit',
    });
    expect(escalated.status).toBe(200);
    const ticket = await desk.manager.get(`/api/tickets/${body.id}`);
    expect(ticket.body).toMatchObject({
      kind: 'complaint',
      escalations: [{ level: 1, reason: 'complaint' }],
    });
  });

  it('closing without the customer confirmation needs a manager and a reason', async () => {
    const { body } = await desk.agent.post('/api/tickets', faultReport(desk.contractA, { severity: 4 }));
    const byAgent = await desk.agent.post(`/api/tickets/${body.id}/close`, { reason: 'duplicate' });
    expect(byAgent.status).toBe(422);
    const byManager = await desk.manager.post(`/api/tickets/${body.id}/close`, {
      reason: 'duplicate of another report',
    });
    expect(byManager.status).toBe(200);
    const again = await desk.engineer.post(`/api/tickets/${body.id}/responses`, { mode: 'guided' });
    expect(again.status).toBe(409);
    expect(again.body.currentStatus).toBe('closed');
  });

  it('a severity change and a corrected report time stay visible', async () => {
    const start = new Date(Date.now() - 20 * 60_000);
    const { body } = await desk.agent.post(
      '/api/tickets',
      faultReport(desk.contractA, { reportedAt: at(start, 0) }),
    );
    const corrected = await desk.agent.post(`/api/tickets/${body.id}/report-time-correction`, {
      reportedAt: at(start, -5),
      reason: 'the call came at the top of the hour; typed the wrong minute',
    });
    expect(corrected.status).toBe(200);
    expect(
      (
        await desk.engineer.post(`/api/tickets/${body.id}/severity`, {
          severity: 2,
          reason: 'workaround found',
        })
      ).status,
    ).toBe(200);
    const ticket = await desk.agent.get(`/api/tickets/${body.id}`);
    expect(ticket.body.severity).toBe(2);
    expect(Date.parse(ticket.body.reportedAt)).toBe(Date.parse(at(start, -5)));
    expect(Date.parse(ticket.body.originalReportedAt)).toBe(Date.parse(at(start, 0)));
  });
});
