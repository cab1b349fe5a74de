import { READ_MODEL_PROJECTIONS } from '#projections';
import { adminToken, ADMIN_ENV } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff } from '../../support/create-staff.js';
import { WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import { startApp, type StartedApp } from '../../support/start-app.js';
import { at, faultReport } from '../tickets/ticket-desk.fixture.js';

const WAIT_MS = 300;

/**
 * A service whose GETs wait at most 300 ms for the read models (READ_YOUR_WRITES_TIMEOUT_MS) and
 * which shows events as back-dated only beyond one hour (BACKDATED_TOLERANCE_SECONDS=3600); without the
 * SLA watchman, whose escalation of the ticket reported 90 minutes back would join its timeline.
 */
describe('read-your-writes: GET ?after=<position>', () => {
  let app: StartedApp;
  let agent: ApiClient;
  let engineer: ApiClient;
  let contract: string;

  beforeAll(async () => {
    app = await startApp({
      env: {
        ...ADMIN_ENV,
        READ_YOUR_WRITES_TIMEOUT_MS: String(WAIT_MS),
        BACKDATED_TOLERANCE_SECONDS: '3600',
        ...WITHOUT_SLA_WATCHMAN,
      },
    });
    const token = await adminToken(app);
    const customerId = await createCustomer(app.baseUrl, token, { name: 'Lakeside Hospital (fictional)' });
    contract = await createContract(app.baseUrl, token, { customerId, registeredAt: at(new Date(), -120) });
    agent = api(app.baseUrl, (await createStaff(app.baseUrl, token, { role: 'agent' })).token);
    engineer = api(app.baseUrl, (await createStaff(app.baseUrl, token, { role: 'engineer' })).token);
  }, 60_000);
  afterAll(() => app.close());

  it('sees the write it names, in the list and in the timeline, at once', async () => {
    for (let round = 0; round < 5; round++) {
      const reported = await agent.post('/api/tickets', faultReport(contract));
      expect(reported.status).toBe(201);
      const { id, position } = reported.body;
      const listed = await agent.get(`/api/tickets?after=${position}&limit=200`);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(id);
      const responded = await engineer.post(`/api/tickets/${id}/responses`, { mode: 'guided' });
      const timeline = await engineer.get(`/api/tickets/${id}/timeline?after=${responded.body.position}`);
      expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual([
        'FaultReported',
        'Responded',
      ]);
    }
  });

  it('refuses an after that is not a position with a 400 naming after', async () => {
    for (const value of ['abc', '-1', '1.5', '', '99999999999999999999']) {
      const response = await agent.get(`/api/tickets?after=${value}`);
      expect({ value, status: response.status }).toEqual({ value, status: 400 });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'after' })]);
    }
  });

  it('answers 503 problem+json with Retry-After when the read models do not reach it in time', async () => {
    const started = Date.now();
    const response = await agent.get('/api/tickets?after=999999999');
    const waited = Date.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.body).toMatchObject({ status: 503, position: '999999999', waitedMs: WAIT_MS });
    expect(response.body.detail).toContain('999999999');
    expect(waited).toBeGreaterThanOrEqual(WAIT_MS - 20);
    expect(waited).toBeLessThan(WAIT_MS + 3000);
  });

  it('lists every projection with its lag on /health', async () => {
    const body = (await (await fetch(`${app.baseUrl}/health`)).json()) as {
      details: { projections: { projections: { name: string; lag: unknown }[] } };
    };
    const names = body.details.projections.projections.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['archive', 'sla-facts', 'tickets', 'timeline']));
    expect(names.sort()).toEqual(READ_MODEL_PROJECTIONS.map((p) => p.name).sort());
    for (const p of body.details.projections.projections) expect(p.lag).toMatch(/^\d+$/);
  });

  it('shows back-dated events by the configured tolerance (here one hour)', async () => {
    const base = new Date();
    const { body } = await agent.post(
      '/api/tickets',
      faultReport(contract, { reportedAt: at(base, -90), reportedAtReason: 'phoned in during the outage' }),
    );
    const responded = await engineer.post(`/api/tickets/${body.id}/responses`, {
      mode: 'guided',
      occurredAt: at(base, -30),
    });
    const timeline = await agent.get(`/api/tickets/${body.id}/timeline?after=${responded.body.position}`);
    expect(timeline.body.items.map((e: { backDated: boolean }) => e.backDated)).toEqual([true, false]);
  });
});
