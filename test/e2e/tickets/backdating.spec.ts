import { adminToken, ADMIN_ENV } from '../../support/admin-token.js';
import { api, type ApiClient, type ApiResponse } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff } from '../../support/create-staff.js';
import { WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import { startApp, type StartedApp } from '../../support/start-app.js';
import { faultReport } from './ticket-desk.fixture.js';

const MIN = 60_000;
const ago = (minutes: number): string => new Date(Date.now() - minutes * MIN).toISOString();
const REASON = 'typed in from the night shift’s paper log';

/**
 * Issue 13, hole 4: a customer contact dates a report back at most 15 minutes; staff at most
 * BACKDATED_MAX_HOURS (72 by default), never before the contract was registered, and with a
 * reason once beyond the back-dated flag's tolerance (300 s); beyond that 422 naming rule and field.
 */
describe('back-dating a report or an action entered after the fact', () => {
  let app: StartedApp;
  let admin: ApiClient;
  let agent: ApiClient;
  let engineer: ApiClient & { id: string };
  let customer: ApiClient;
  let oldContract: string;
  let newContract: string;

  beforeAll(async () => {
    app = await startApp({ env: { ...ADMIN_ENV, ...WITHOUT_SLA_WATCHMAN } });
    const token = await adminToken(app);
    admin = api(app.baseUrl, token);
    const as = async (input: Parameters<typeof createStaff>[2]) => {
      const staff = await createStaff(app.baseUrl, token, input);
      return Object.assign(api(app.baseUrl, staff.token), { id: staff.id });
    };
    const orgId = await createCustomer(app.baseUrl, token, { name: 'Example County Hospital (fictional)' });
    agent = await as({ role: 'agent' });
    engineer = await as({ role: 'engineer' });
    customer = await as({ role: 'customer', customerId: orgId });
    oldContract = await createContract(app.baseUrl, token, { customerId: orgId, registeredAt: ago(71 * 60) });
    newContract = await createContract(app.baseUrl, token, { customerId: orgId });
  }, 60_000);
  afterAll(() => app.close());

  const refusedWith = (response: ApiResponse, code: string, field: string) => {
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, code });
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  };

  it('refuses a customer contact’s report dated 16 minutes back, and takes one of 14', async () => {
    refusedWith(
      await customer.post('/api/tickets', faultReport(oldContract, { reportedAt: ago(16) })),
      'backdating_customer_limit',
      'reportedAt',
    );
    const within = await customer.post('/api/tickets', faultReport(oldContract, { reportedAt: ago(14) }));
    expect(within.status).toBe(201);
  });

  it('refuses staff dating a report 73 hours back, even with a reason', async () => {
    const body = faultReport(oldContract, { reportedAt: ago(73 * 60), reportedAtReason: REASON });
    refusedWith(await agent.post('/api/tickets', body), 'backdating_staff_limit', 'reportedAt');
  });

  it('refuses a report dated before its contract was registered', async () => {
    const body = faultReport(newContract, { reportedAt: ago(60), reportedAtReason: REASON });
    refusedWith(await agent.post('/api/tickets', body), 'before_contract_registered', 'reportedAt');
  });

  it('asks staff for the reason of a report 2 hours back, and keeps it in the timeline', async () => {
    const reportedAt = ago(120);
    refusedWith(
      await agent.post('/api/tickets', faultReport(oldContract, { reportedAt })),
      'backdating_reason_required',
      'reportedAtReason',
    );
    const created = await agent.post(
      '/api/tickets',
      faultReport(oldContract, { reportedAt, reportedAtReason: REASON }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const timeline = await agent.get(`/api/tickets/${id}/timeline?after=${created.body.position}`);
    expect(timeline.status).toBe(200);
    const [reported] = timeline.body.items;
    expect(reported).toMatchObject({ type: 'FaultReported', backDated: true });
    expect(reported.summary.en).toContain(`(entered after the fact: ${REASON})`);
    expect(reported.summary.zh).toContain(`补录原因：${REASON}`);
  });

  it('bounds an action’s occurredAt the same way, and keeps its reason in the audit', async () => {
    const created = await agent.post(
      '/api/tickets',
      faultReport(oldContract, { reportedAt: ago(180), reportedAtReason: REASON }),
    );
    const id = created.body.id as string;
    const respond = { mode: 'remote', note: 'logged in remotely', occurredAt: ago(150) };
    refusedWith(
      await engineer.post(`/api/tickets/${id}/responses`, respond),
      'backdating_reason_required',
      'occurredAtReason',
    );
    const answered = await engineer.post(`/api/tickets/${id}/responses`, {
      ...respond,
      occurredAtReason: 'answered by phone, entered afterwards',
    });
    expect(answered.status).toBe(200);
    const audit = await admin.get(`/api/audit?after=${answered.body.position}&type=Responded&limit=200`);
    expect(audit.status).toBe(200);
    const responded = (audit.body.items as { type: string; summary: { en: string } }[]).find(
      (e) => e.type === 'Responded',
    );
    expect(responded?.summary.en).toContain(
      '(entered after the fact: answered by phone, entered afterwards)',
    );
  });

  it('bounds a corrected report time as it bounds the report', async () => {
    const created = await agent.post(
      '/api/tickets',
      faultReport(oldContract, { reportedAt: ago(60), reportedAtReason: REASON }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const correction = (reportedAt: string) =>
      agent.post(`/api/tickets/${id}/report-time-correction`, { reportedAt, reason: REASON });
    refusedWith(await correction(ago(73 * 60)), 'backdating_staff_limit', 'reportedAt');
    const ticket = await agent.get(`/api/tickets/${id}`);
    expect(ticket.body.reportedAt).not.toBe(undefined);
    expect(Date.parse(ticket.body.reportedAt as string)).toBeGreaterThan(Date.now() - 61 * MIN);
    expect((await correction(ago(65))).status).toBe(200);
  });

  it('bounds an inspection entered after the fact by the contract’s registration', async () => {
    const body = {
      findings: {
        runningStatus: 'normal',
        environment: 'ok',
        versions: '3.2',
        hiddenRisks: 'none',
        recommendations: 'none (fictional)',
      },
      inspectedAt: ago(90),
      inspectedAtReason: REASON,
    };
    refusedWith(
      await engineer.post(`/api/contracts/${newContract}/inspections`, body),
      'before_contract_registered',
      'inspectedAt',
    );
  });
});
