import { randomUUID } from 'node:crypto';
import { faultReport, startTicketDesk, type TicketDesk } from './ticket-desk.fixture.js';

describe('tickets under concurrency and retries', () => {
  let desk: TicketDesk;
  beforeAll(async () => {
    desk = await startTicketDesk();
  }, 60_000);
  afterAll(() => desk.close());

  it('lets exactly one of several concurrent responses win; the others get 409 naming the status', async () => {
    const { body } = await desk.agent.post('/api/tickets', faultReport(desk.contractA));
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? desk.engineer : desk.engineer2).post(`/api/tickets/${body.id}/responses`, {
          mode: 'remote',
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.map((a) => a.status)).toEqual([409, 409, 409, 409, 409]);
    for (const r of refused) expect(r.body.currentStatus).toBe('responded');
    expect((await desk.agent.get(`/api/tickets/${body.id}`)).body.revision).toBe(1);
  });

  it('answers a retried report (same Idempotency-Key) with the first answer and records one ticket', async () => {
    const key = { 'Idempotency-Key': randomUUID() };
    const first = await desk.agent.post('/api/tickets', faultReport(desk.contractA), key);
    const retry = await desk.agent.post('/api/tickets', faultReport(desk.contractA), key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const next = await desk.agent.post('/api/tickets', faultReport(desk.contractA));
    expect(serial(next.body.serviceNo)).toBe(serial(first.body.serviceNo) + 1);
  });

  it('answers a retried action with the first answer and appends nothing', async () => {
    const { body } = await desk.agent.post('/api/tickets', faultReport(desk.contractA));
    const key = { 'Idempotency-Key': `respond-${randomUUID()}` };
    const first = await desk.engineer.post(`/api/tickets/${body.id}/responses`, { mode: 'guided' }, key);
    const retry = await desk.engineer.post(`/api/tickets/${body.id}/responses`, { mode: 'guided' }, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await desk.agent.get(`/api/tickets/${body.id}`)).body.revision).toBe(1);
  });

  it('gives concurrent reports unique, consecutive service numbers', async () => {
    const reports = await Promise.all(
      Array.from({ length: 12 }, () => desk.agent.post('/api/tickets', faultReport(desk.contractB))),
    );
    expect(reports.map((r) => r.status)).toEqual(Array(12).fill(201));
    const serials = reports.map((r) => serial(r.body.serviceNo)).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 12 }, (_, i) => serials[0] + i));
  });

  it('refuses a write whose If-Match names an old revision with 412', async () => {
    const { body } = await desk.agent.post('/api/tickets', faultReport(desk.contractA));
    await desk.engineer.post(`/api/tickets/${body.id}/responses`, { mode: 'guided' });
    const stale = await desk.agent.post(
      `/api/tickets/${body.id}/supervision-notes`,
      { period: 'first chase', progress: 'waiting for the engineer', solvedPercent: 10 },
      { 'If-Match': '"0"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.currentRevision).toBe(1);
    const fresh = await desk.agent.post(
      `/api/tickets/${body.id}/supervision-notes`,
      { period: 'first chase', progress: 'engineer on it', solvedPercent: 30 },
      { 'If-Match': '"1"' },
    );
    expect(fresh.status).toBe(200);
  });
});

function serial(serviceNo: string): number {
  return Number(serviceNo.split('-')[2]);
}
