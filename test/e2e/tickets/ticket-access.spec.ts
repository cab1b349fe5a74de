import { faultReport, startTicketDesk, type TicketDesk } from './ticket-desk.fixture.js';

describe('who may see and do what on a ticket', () => {
  let desk: TicketDesk;
  let ticketOfB: string;
  beforeAll(async () => {
    desk = await startTicketDesk();
    ticketOfB = (await desk.agent.post('/api/tickets', faultReport(desk.contractB))).body.id;
  }, 60_000);
  afterAll(() => desk.close());

  it("refuses a customer contact another organisation's ticket (read and confirm)", async () => {
    expect((await desk.customerA.get(`/api/tickets/${ticketOfB}`)).status).toBe(403);
    expect(
      (await desk.customerA.post(`/api/tickets/${ticketOfB}/confirmation`, { confirmed: true })).status,
    ).toBe(403);
  });

  it("refuses a customer contact a report on another organisation's contract", async () => {
    const answer = await desk.customerA.post('/api/tickets', faultReport(desk.contractB));
    expect(answer.status).toBe(403);
  });

  it('lets a customer contact read its own ticket, but not respond to it', async () => {
    const { body } = await desk.customerB.post('/api/tickets', faultReport(desk.contractB));
    expect((await desk.customerB.get(`/api/tickets/${body.id}`)).status).toBe(200);
    expect((await desk.customerB.post(`/api/tickets/${body.id}/responses`, { mode: 'guided' })).status).toBe(
      403,
    );
  });

  it('lets an auditor read everything and change nothing; the reporter is shown by name only', async () => {
    const read = await desk.auditor.get(`/api/tickets/${ticketOfB}`);
    expect(read.status).toBe(200);
    expect(read.body.reporter).toEqual({ name: 'Duty nurse (fictional)' });
    expect((await desk.auditor.post('/api/tickets', faultReport(desk.contractA))).status).toBe(403);
    expect(
      (await desk.auditor.post(`/api/tickets/${ticketOfB}/escalations`, { level: 1, reason: 'manual' }))
        .status,
    ).toBe(403);
  });

  it('lets only a manager reopen a closed ticket', async () => {
    const { body } = await desk.agent.post('/api/tickets', faultReport(desk.contractA));
    await desk.manager.post(`/api/tickets/${body.id}/close`, { reason: 'reported twice' });
    expect(
      (await desk.agent.post(`/api/tickets/${body.id}/reopen`, { reason: 'not a duplicate' })).status,
    ).toBe(403);
    expect(
      (await desk.manager.post(`/api/tickets/${body.id}/reopen`, { reason: 'not a duplicate' })).status,
    ).toBe(200);
  });

  it('answers 401 without a token, 404 for an unknown ticket and 400 for an id that is no UUID', async () => {
    const anonymous = await fetch(`${desk.app.baseUrl}/api/tickets/${ticketOfB}`);
    expect(anonymous.status).toBe(401);
    expect((await desk.agent.get('/api/tickets/5b0c7a52-3c7e-4b8a-9f10-2d4e5c6b7a80')).status).toBe(404);
    const bad = await desk.agent.get('/api/tickets/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('refuses to dispatch someone who is not an engineer', async () => {
    const { body } = await desk.agent.post('/api/tickets', faultReport(desk.contractA));
    await desk.engineer.post(`/api/tickets/${body.id}/responses`, { mode: 'remote' });
    const answer = await desk.agent.post(`/api/tickets/${body.id}/dispatches`, {
      engineers: ['5b0c7a52-3c7e-4b8a-9f10-2d4e5c6b7a80'],
      reason: 'remote did not help',
    });
    expect(answer.status).toBe(404);
  });
});
