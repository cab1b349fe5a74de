import { randomUUID } from 'node:crypto';
import type { Role } from '#domain';
import { ADMIN_ENV, adminToken, TEST_ADMIN_PASSWORD } from '../support/admin-token.js';
import { api, type ApiResponse } from '../support/api-client.js';
import { createContract } from '../support/create-contract.js';
import { createCustomer } from '../support/create-customer.js';
import { createStaff } from '../support/create-staff.js';
import { login } from '../support/login.js';
import { type StartedApp, startApp } from '../support/start-app.js';

const ROLES: Role[] = ['admin', 'manager', 'agent', 'engineer', 'headquarters', 'auditor', 'customer'];

/** `status` for the roles named, 403 for every other role. */
const only = (status: number, ...allowed: Role[]): Record<Role, number> =>
  Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? status : 403])) as Record<
    Role,
    number
  >;
const ALL_STAFF: Role[] = ['admin', 'manager', 'agent', 'engineer', 'headquarters', 'auditor'];

interface World {
  baseUrl: string;
  tokens: Record<Role, string>;
  passwords: Record<Role, string>;
  usernames: Record<Role, string>;
  customerId: string;
  otherCustomerId: string;
  contractId: string;
  otherContractId: string;
  engineerId: string;
  someoneId: string;
}

const READERS: Role[] = ['admin', 'manager', 'headquarters', 'auditor'];

/** Each route of the auth, admin and read capabilities, and which roles it lets in. */
const ROUTES: [string, Record<Role, number>, (w: World, role: Role) => Promise<ApiResponse>][] = [
  ['GET /api/auth/me', only(200, ...ROLES), (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/auth/me')],
  [
    'POST /api/staff',
    only(201, 'admin'),
    (w, r) =>
      api(w.baseUrl, w.tokens[r]).post('/api/staff', {
        username: `m-${randomUUID().slice(0, 8)}`,
        password: 'password for the matrix',
        displayName: 'Matrix',
        role: 'agent',
      }),
  ],
  ['GET /api/staff', only(200, 'admin', 'manager'), (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/staff')],
  [
    'GET /api/staff/:id',
    only(200, 'admin', 'manager'),
    (w, r) => api(w.baseUrl, w.tokens[r]).get(`/api/staff/${w.someoneId}`),
  ],
  [
    'PATCH /api/staff/:id',
    only(200, 'admin'),
    (w, r) => api(w.baseUrl, w.tokens[r]).patch(`/api/staff/${w.someoneId}`, { displayName: `Name ${r}` }),
  ],
  [
    'POST /api/staff/:id/unlock',
    only(204, 'admin'),
    (w, r) => api(w.baseUrl, w.tokens[r]).post(`/api/staff/${w.someoneId}/unlock`),
  ],
  [
    'POST /api/events/ticket',
    only(200, ...ROLES),
    (w, r) => api(w.baseUrl, w.tokens[r]).post('/api/events/ticket'),
  ],
  [
    'POST /api/auth/password (own)',
    only(200, ...ROLES),
    async (w, r) => {
      const newPassword = `matrix passphrase ${randomUUID()}`;
      const response = await api(w.baseUrl, w.tokens[r]).post('/api/auth/password', {
        currentPassword: w.passwords[r],
        newPassword,
      });
      if (response.status === 200) {
        w.passwords[r] = newPassword;
        w.tokens[r] = response.body.accessToken;
      }
      return response;
    },
  ],
  [
    'POST /api/auth/logout (a token of its own)',
    only(204, ...ROLES),
    async (w, r) => {
      const token = await login(w.baseUrl, w.usernames[r], w.passwords[r]);
      return api(w.baseUrl, token).post('/api/auth/logout');
    },
  ],
  [
    'POST /api/customers',
    only(201, 'admin'),
    (w, r) => api(w.baseUrl, w.tokens[r]).post('/api/customers', { name: 'Matrix Hospital', contacts: [] }),
  ],
  [
    'GET /api/customers/:id (own organisation)',
    only(200, ...ROLES),
    (w, r) => api(w.baseUrl, w.tokens[r]).get(`/api/customers/${w.customerId}`),
  ],
  [
    'GET /api/customers/:id (another organisation)',
    only(200, ...ALL_STAFF),
    (w, r) => api(w.baseUrl, w.tokens[r]).get(`/api/customers/${w.otherCustomerId}`),
  ],
  ['GET /api/customers', only(200, ...ROLES), (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/customers')],
  ['GET /api/contracts', only(200, ...ROLES), (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/contracts')],
  ['GET /api/people', only(200, ...ROLES), (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/people')],
  [
    'POST /api/contracts',
    only(201, 'admin'),
    (w, r) =>
      api(w.baseUrl, w.tokens[r]).post('/api/contracts', {
        customerId: w.customerId,
        product: { name: 'DIP', version: '1' },
        acceptanceDate: '2026-01-01',
        warrantyMonths: 12,
        timeZone: 'Asia/Shanghai',
        inspectionExpertId: w.engineerId,
      }),
  ],
  [
    'PUT /api/contracts/:id/sla-policy',
    only(200, 'admin'),
    (w, r) =>
      api(w.baseUrl, w.tokens[r]).put(`/api/contracts/${w.contractId}/sla-policy`, { atRiskShare: 0.7 }),
  ],
  [
    'GET /api/contracts/:id (own organisation)',
    only(200, ...ROLES),
    (w, r) => api(w.baseUrl, w.tokens[r]).get(`/api/contracts/${w.contractId}`),
  ],
  [
    'GET /api/contracts/:id (another organisation)',
    only(200, ...ALL_STAFF),
    (w, r) => api(w.baseUrl, w.tokens[r]).get(`/api/contracts/${w.otherContractId}`),
  ],
  [
    'POST /api/contracts/:id/surveys (own organisation)',
    only(201, 'customer', 'agent', 'manager'),
    (w, r) =>
      api(w.baseUrl, w.tokens[r]).post(`/api/contracts/${w.contractId}/surveys`, {
        surveyId: `PS-${randomUUID()}`,
        phase: 'acceptance',
        respondent: 'Matrix respondent (fictional)',
        scores: { overall: 5 },
      }),
  ],
  [
    'GET /api/contracts/:id/surveys (own organisation)',
    only(200, ...ROLES),
    (w, r) => api(w.baseUrl, w.tokens[r]).get(`/api/contracts/${w.contractId}/surveys`),
  ],
  ['GET /api/tickets', only(200, ...ROLES), (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/tickets')],
  ['GET /api/audit', only(200, ...READERS), (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/audit')],
  [
    'GET /api/reports/sla',
    only(200, ...READERS),
    (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/reports/sla?period=2026-11'),
  ],
  [
    'GET /api/reports/service-plan',
    only(200, ...READERS),
    (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/reports/service-plan?from=2026-01&to=2026-03'),
  ],
  [
    'GET /api/reports/backlog',
    only(200, ...READERS),
    (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/reports/backlog'),
  ],
  [
    'GET /api/reports/maintenance (own organisation)',
    only(200, ...READERS, 'customer'),
    (w, r) =>
      api(w.baseUrl, w.tokens[r]).get(`/api/reports/maintenance?customer=${w.customerId}&period=2026-11`),
  ],
  [
    'GET /api/archive/customers/:id (own organisation)',
    only(200, ...ROLES),
    (w, r) => api(w.baseUrl, w.tokens[r]).get(`/api/archive/customers/${w.customerId}`),
  ],
  [
    'GET /api/notifications',
    only(200, ...ALL_STAFF),
    (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/notifications'),
  ],
  [
    'GET /api/notifications/deliveries',
    only(200, 'admin'),
    (w, r) => api(w.baseUrl, w.tokens[r]).get('/api/notifications/deliveries'),
  ],
];

const CASES = ROUTES.flatMap(([route, expected, call]) =>
  ROLES.map((role) => [route, role, expected[role], call] as const),
);

describe('Who may do what: each role on each route', () => {
  let service: StartedApp;
  let world: World;
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
    const baseUrl = service.baseUrl;
    const admin = await adminToken(service);
    const customerId = await createCustomer(baseUrl, admin, { name: 'Own Hospital' });
    const otherCustomerId = await createCustomer(baseUrl, admin, { name: 'Other Hospital' });
    const engineerId = (await createStaff(baseUrl, admin, { role: 'engineer' })).id;
    const tokens = { admin } as Record<Role, string>;
    const passwords = { admin: TEST_ADMIN_PASSWORD } as Record<Role, string>;
    const usernames = { admin: 'admin' } as Record<Role, string>;
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const extra = role === 'customer' ? { customerId } : {};
      const user = await createStaff(baseUrl, admin, { role, ...extra });
      tokens[role] = user.token;
      passwords[role] = user.password;
      usernames[role] = user.username;
    }
    world = {
      baseUrl,
      tokens,
      passwords,
      usernames,
      customerId,
      otherCustomerId,
      engineerId,
      contractId: await createContract(baseUrl, admin, { customerId, inspectionExpertId: engineerId }),
      otherContractId: await createContract(baseUrl, admin, {
        customerId: otherCustomerId,
        inspectionExpertId: engineerId,
      }),
      someoneId: (await createStaff(baseUrl, admin, { role: 'agent' })).id,
    };
  });
  afterAll(() => service.close());

  it.each(CASES)('%s as %s: %i', async (_route, role, expected, call) => {
    const response = await call(world, role);
    if (expected !== 403) {
      expect({ status: response.status, body: response.body }).toEqual({
        status: expected,
        body: expected === 204 ? null : expect.anything(),
      });
      return;
    }
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toMatchObject({ status: 403, role });
    expect(response.body.detail).toContain(`'${role}'`);
  });
});
