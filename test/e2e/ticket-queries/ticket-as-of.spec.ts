import { randomUUID } from 'node:crypto';
import { at, faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A level-1 fault reported 20 minutes back, responded now, dispatched now; the engineer's arrival
 * is entered a little later with the minute he really arrived. Instants between the recordings
 * show the ticket as it stood: what had been recorded by then, with the SLA read then.
 */
describe('GET /api/tickets/:id/as-of', () => {
  let desk: TicketDesk;
  let id: string;
  const moments: Record<string, string> = {};
  const mark = async (name: string) => {
    await pause(20);
    moments[name] = new Date().toISOString();
    await pause(20);
  };
  const asOf = (instant: string, who = desk.manager) =>
    who.get(`/api/tickets/${id}/as-of?at=${encodeURIComponent(instant)}`);

  beforeAll(async () => {
    desk = await startTicketDesk();
    const base = new Date();
    await mark('beforeReport');
    const reported = await desk.agent.post(
      '/api/tickets',
      faultReport(desk.contractA, { reportedAt: at(base, -20) }),
    );
    expect(reported.status).toBe(201);
    id = reported.body.id;
    moments.reportedAt = at(base, -20);
    await mark('afterReport');
    expect((await desk.engineer.post(`/api/tickets/${id}/responses`, { mode: 'remote' })).status).toBe(200);
    await mark('afterResponse');
    const dispatched = await desk.manager.post(`/api/tickets/${id}/dispatches`, {
      engineers: [desk.engineer.id],
      reason: 'remote access not enough',
    });
    expect(dispatched.status).toBe(200);
    await mark('afterDispatch');
    await pause(500);
    moments.arrival = new Date().toISOString();
    await pause(500);
    expect(
      (await desk.engineer.post(`/api/tickets/${id}/arrivals`, { occurredAt: moments.arrival })).status,
    ).toBe(200);
    await mark('afterArrival');
  }, 120_000);
  afterAll(() => desk.close());

  it('is 404 before the report was recorded, even at an instant after its business time', async () => {
    const response = await asOf(moments.beforeReport);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Date.parse(moments.reportedAt)).toBeLessThan(Date.parse(moments.beforeReport));
  });

  it('shows the ticket just reported, its response timer running', async () => {
    const { status, body } = await asOf(moments.afterReport);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, status: 'reported', revision: 0, engineers: [] });
    expect(body.sla.response).toMatchObject({ state: 'running', target: 'PT30M' });
    expect(body.sla.onSite.state).toBe('not_started');
    expect(Date.parse(body.sla.at)).toBe(Date.parse(moments.afterReport));
    expect(Date.parse(body.sla.response.dueAt)).toBe(Date.parse(moments.reportedAt) + 30 * 60_000);
  });

  it('shows the response once recorded, and the dispatch after it', async () => {
    const responded = (await asOf(moments.afterResponse)).body;
    expect(responded).toMatchObject({ status: 'responded', revision: 1, engineers: [desk.engineer.id] });
    expect(responded.sla.response.state).toBe('met');
    const dispatched = (await asOf(moments.afterDispatch)).body;
    expect(dispatched).toMatchObject({ status: 'dispatched', revision: 2 });
    expect(dispatched.sla.onSite).toMatchObject({ state: 'running', target: 'PT1H' });
  });

  it('does not show the arrival at its business time, since it was recorded later', async () => {
    const atArrival = (await asOf(moments.arrival)).body;
    expect(atArrival).toMatchObject({ status: 'dispatched', revision: 2 });
    expect(atArrival.sla.onSite.state).toBe('running');
    expect(atArrival.sla.onSite.completedAt).toBeUndefined();
    const after = (await asOf(moments.afterArrival)).body;
    expect(after).toMatchObject({ status: 'on_site', revision: 3 });
    expect(after.sla.onSite.state).toBe('met');
    expect(Date.parse(after.sla.onSite.completedAt)).toBe(Date.parse(moments.arrival));
  });

  it('matches GET /api/tickets/:id now, apart from the instant the SLA is read at', async () => {
    const now = new Date().toISOString();
    const { body: asOfNow } = await asOf(now);
    const { body: current } = await desk.manager.get(`/api/tickets/${id}`);
    const { sla: s1, ...rest1 } = asOfNow;
    const { sla: s2, ...rest2 } = current;
    expect(rest1).toEqual(rest2);
    expect(s1.onSite).toEqual(s2.onSite);
    expect(s1.response).toEqual(s2.response);
  });

  it('redacts the reporter as GET /api/tickets/:id does, and keeps customers to their own', async () => {
    expect((await asOf(moments.afterReport, desk.auditor)).body.reporter).toEqual({
      name: 'Duty nurse (fictional)',
    });
    expect((await asOf(moments.afterReport, desk.agent)).body.reporter.phone).toBe('000-0000-0000');
    expect((await asOf(moments.afterReport, desk.customerA)).status).toBe(200);
    expect((await asOf(moments.afterReport, desk.customerB)).status).toBe(403);
    expect((await asOf(moments.beforeReport, desk.customerB)).status).toBe(403);
  });

  it.each([
    ['', 'missing'],
    ['?at=yesterday', 'not an instant'],
    ['?at=2026-11-20T10:00:00', 'without an offset'],
    ['?at=2026-13-40T10:00:00Z', 'not a date'],
  ])('refuses %s (%s) with a 400 naming at', async (query) => {
    const response = await desk.manager.get(`/api/tickets/${id}/as-of${query}`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['at']);
  });

  it('shows a report time corrected later as first entered, until the correction was recorded', async () => {
    const base = new Date();
    const reported = await desk.agent.post(
      '/api/tickets',
      faultReport(desk.contractB, { reportedAt: at(base, -20) }),
    );
    const ticket = reported.body.id;
    await pause(20);
    const beforeCorrection = new Date().toISOString();
    await pause(20);
    const corrected = await desk.manager.post(`/api/tickets/${ticket}/report-time-correction`, {
      reportedAt: at(base, -50),
      reason: 'the phone log shows the call came in half an hour earlier',
    });
    expect(corrected.status).toBe(200);
    await pause(20);
    const afterCorrection = new Date().toISOString();
    const view = async (instant: string) =>
      (await desk.manager.get(`/api/tickets/${ticket}/as-of?at=${encodeURIComponent(instant)}`)).body;
    const before = await view(beforeCorrection);
    expect(Date.parse(before.reportedAt)).toBe(Date.parse(at(base, -20)));
    expect(before.originalReportedAt).toBeUndefined();
    expect(before.sla.response.state).toBe('running');
    const after = await view(afterCorrection);
    expect(Date.parse(after.reportedAt)).toBe(Date.parse(at(base, -50)));
    expect(Date.parse(after.originalReportedAt)).toBe(Date.parse(at(base, -20)));
    expect(after.sla.response.state).toBe('breached');
  });

  it('is 404 for a ticket that never existed', async () => {
    expect(
      (await desk.manager.get(`/api/tickets/${randomUUID()}/as-of?at=2026-11-20T10:00:00Z`)).status,
    ).toBe(404);
  });
});
