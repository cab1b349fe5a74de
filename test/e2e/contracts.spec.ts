import { ADMIN_ENV, adminToken } from '../support/admin-token.js';
import { api } from '../support/api-client.js';
import { createContract } from '../support/create-contract.js';
import { createCustomer } from '../support/create-customer.js';
import { createStaff } from '../support/create-staff.js';
import { type StartedApp, startApp } from '../support/start-app.js';

const DEFAULT_TARGETS = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };

describe('Contracts and their SLA policies', () => {
  let service: StartedApp;
  let admin: string;
  let customerId: string;
  let expertId: string;
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
    admin = await adminToken(service);
    customerId = await createCustomer(service.baseUrl, admin);
    expertId = (await createStaff(service.baseUrl, admin, { role: 'engineer', displayName: 'Chen Jie' })).id;
  });
  afterAll(() => service.close());

  const contract = (over: Record<string, unknown> = {}) => ({
    customerId,
    product: { name: 'DIP grouping platform', version: '3.2' },
    acceptanceDate: '2026-03-15',
    warrantyMonths: 12,
    timeZone: 'Asia/Shanghai',
    inspectionExpertId: expertId,
    ...over,
  });

  it('registers a contract under the default SLA policy of DOMAIN.md', async () => {
    const created = await api(service.baseUrl, admin).post('/api/contracts', contract());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      revision: 1,
      position: expect.stringMatching(/^\d+$/),
    });

    const read = await api(service.baseUrl, admin).get(`/api/contracts/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      id: created.body.id,
      customerId,
      name: 'DIP grouping platform 3.2',
      product: { name: 'DIP grouping platform', version: '3.2' },
      acceptanceDate: '2026-03-15',
      warrantyMonths: 12,
      warrantyUntil: '2027-03-14',
      timeZone: 'Asia/Shanghai',
      inspectionExpertId: expertId,
      slaPolicy: {
        version: 1,
        effectiveFrom: expect.stringMatching(/\+08:00$/),
        calendar: '24x7',
        atRiskShare: 0.8,
        confirmationWindow: 'PT24H',
        escalationAnswerWindow: 'PT2H',
        targets: { '1': DEFAULT_TARGETS, '2': DEFAULT_TARGETS, '3': DEFAULT_TARGETS, '4': DEFAULT_TARGETS },
      },
      slaPolicyVersions: 1,
      revision: 1,
    });
  });

  it('sets a new policy version with business hours and per-severity targets', async () => {
    const id = await createContract(service.baseUrl, admin, { customerId, inspectionExpertId: expertId });
    const policy = {
      calendar: {
        hours: { mon: { open: '08:30', close: '17:30' }, tue: { open: '08:30', close: '17:30' } },
        holidays: ['2026-10-01'],
      },
      atRiskShare: 0.75,
      targets: {
        '1': { response: 'PT15M', onSite: 'PT1H', resolution: 'PT4H' },
        '4': { resolution: 'P3D' },
      },
    };
    const set = await api(service.baseUrl, admin).put(`/api/contracts/${id}/sla-policy`, policy);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ id, revision: 2, position: expect.stringMatching(/^\d+$/), version: 2 });

    const read = await api(service.baseUrl, admin).get(`/api/contracts/${id}`);
    expect(read.body.slaPolicy).toMatchObject({
      version: 2,
      atRiskShare: 0.75,
      calendar: { name: 'business hours', hours: policy.calendar.hours, holidays: ['2026-10-01'] },
      targets: {
        '1': { response: 'PT15M', onSite: 'PT1H', resolution: 'PT4H' },
        '2': DEFAULT_TARGETS,
        '4': { response: 'PT30M', onSite: 'PT1H', resolution: 'P3D' },
      },
    });
    expect(read.body.slaPolicyVersions).toBe(2);
  });

  it('answers a policy for an unknown contract with 404', async () => {
    const set = await api(service.baseUrl, admin).put('/api/contracts/no-such-contract/sla-policy', {});
    expect(set.status).toBe(404);
  });

  it.each([
    [{ atRiskShare: 1 }, 'atRiskShare'],
    [{ targets: { '1': { response: 'PT0M' } } }, 'targets.1.response'],
    [{ targets: { '5': { response: 'PT1H' } } }, 'targets.5'],
    [{ calendar: { hours: { mon: { open: '18:00', close: '08:00' } } } }, 'calendar'],
    [{ calendar: '9x5' }, 'calendar'],
  ])('refuses the policy %j with 400 naming %s', async (policy, field) => {
    const id = await createContract(service.baseUrl, admin, { customerId, inspectionExpertId: expertId });
    const set = await api(service.baseUrl, admin).put(`/api/contracts/${id}/sla-policy`, policy);
    expect(set.status).toBe(400);
    expect(set.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses a contract for an unknown customer with 422', async () => {
    const created = await api(service.baseUrl, admin).post(
      '/api/contracts',
      contract({ customerId: 'nobody' }),
    );
    expect(created.status).toBe(422);
    expect(created.body.code).toBe('customer_unknown');
  });

  it('refuses an inspection expert who is not an engineer, or unknown, with 422', async () => {
    const agent = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const byAgent = await api(service.baseUrl, admin).post(
      '/api/contracts',
      contract({ inspectionExpertId: agent.id }),
    );
    expect(byAgent.status).toBe(422);
    expect(byAgent.body.code).toBe('inspection_expert_not_engineer');
    const unknown = await api(service.baseUrl, admin).post(
      '/api/contracts',
      contract({ inspectionExpertId: 'x' }),
    );
    expect(unknown.body.code).toBe('inspection_expert_unknown');
  });

  it('refuses an inspection expert who was deactivated', async () => {
    const engineer = await createStaff(service.baseUrl, admin, { role: 'engineer' });
    expect(
      (await api(service.baseUrl, admin).patch(`/api/staff/${engineer.id}`, { active: false })).status,
    ).toBe(200);
    const created = await api(service.baseUrl, admin).post(
      '/api/contracts',
      contract({ inspectionExpertId: engineer.id }),
    );
    expect(created.status).toBe(422);
    expect(created.body.code).toBe('inspection_expert_not_engineer');
  });

  it('answers bad terms with 400 naming each field', async () => {
    const created = await api(service.baseUrl, admin).post(
      '/api/contracts',
      contract({
        acceptanceDate: '2026-02-30',
        timeZone: 'Mars/Olympus',
        warrantyMonths: -1,
        product: { name: 'X' },
      }),
    );
    expect(created.status).toBe(400);
    const fields = new Set(created.body.errors.map((e: { field: string }) => e.field));
    expect(fields).toEqual(new Set(['acceptanceDate', 'timeZone', 'warrantyMonths', 'product.version']));
  });

  it('lets a customer contact read its own contracts only', async () => {
    const other = await createCustomer(service.baseUrl, admin, { name: 'Other Hospital' });
    const own = await createContract(service.baseUrl, admin, { customerId, inspectionExpertId: expertId });
    const foreign = await createContract(service.baseUrl, admin, {
      customerId: other,
      inspectionExpertId: expertId,
    });
    const contact = await createStaff(service.baseUrl, admin, { role: 'customer', customerId });
    expect((await api(service.baseUrl, contact.token).get(`/api/contracts/${own}`)).status).toBe(200);
    const refused = await api(service.baseUrl, contact.token).get(`/api/contracts/${foreign}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('other_organisation');
  });
});
