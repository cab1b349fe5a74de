import fc from 'fast-check';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../../../apps/service-desk/src/event-store/event-store.token.js';
import { faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';
import { createStaff } from '../../support/create-staff.js';
import { anyBody } from './request-bodies.arbitrary.js';

/** Every POST/PUT route of the API with a valid body to spoil; sent as the admin unless a caller's token is given. */
function routes(
  desk: TicketDesk,
  ticket: string,
  customer: string,
  own: { passwordChanger: string; leaver: string; someone: string },
): [string, string, Record<string, unknown>, string?][] {
  const t = `/api/tickets/${ticket}`;
  return [
    ['POST', '/api/tickets', faultReport(desk.contractA)],
    ['POST', `${t}/responses`, { mode: 'remote', note: 'n' }],
    [
      'POST',
      `${t}/dispatches`,
      { engineers: [desk.engineer.id], reason: 'r', expectedArrival: new Date().toISOString() },
    ],
    ['POST', `${t}/arrivals`, { occurredAt: new Date().toISOString() }],
    ['POST', `${t}/resolution`, { cause: 'c', measures: 'm', resolution: 'r', category: 'k' }],
    ['POST', `${t}/escalations`, { level: 1, reason: 'manual', note: 'n' }],
    ['POST', `${t}/confirmation`, { confirmed: false, note: 'n' }],
    ['POST', `${t}/supervision-notes`, { period: 'p', progress: 'q', solvedPercent: 50 }],
    ['POST', `${t}/severity`, { severity: 2, reason: 'r' }],
    ['POST', `${t}/assignment`, { engineerId: desk.engineer.id, note: 'n' }],
    ['POST', `${t}/close`, { reason: 'r' }],
    ['POST', `${t}/reopen`, { reason: 'r' }],
    ['POST', `${t}/survey`, { scores: { overall: 5, responseTime: 4 }, comments: 'c' }],
    ['POST', `${t}/report-time-correction`, { reportedAt: new Date().toISOString(), reason: 'r' }],
    [
      'POST',
      '/api/customers',
      { name: 'Fuzz Hospital (fictional)', contacts: [{ name: 'n', phone: '0', email: 'a@b.example' }] },
    ],
    [
      'POST',
      '/api/contracts',
      {
        customerId: customer,
        product: { name: 'p', version: '1' },
        acceptanceDate: '2026-01-15',
        warrantyMonths: 12,
        timeZone: 'Asia/Shanghai',
        inspectionExpertId: desk.engineer.id,
      },
    ],
    [
      'PUT',
      `/api/contracts/${desk.contractA}/sla-policy`,
      {
        calendar: '24x7',
        atRiskShare: 0.8,
        targets: { '1': { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' } },
      },
    ],
    [
      'POST',
      '/api/staff',
      { username: 'fuzz-user', password: 'a-long-password', displayName: 'd', role: 'engineer' },
    ],
    ['POST', '/api/auth/login', { username: 'nobody', password: 'wrong-password' }],
    // Routes without a body ignore whatever is sent: fuzzed all the same.
    ['POST', `/api/staff/${own.someone}/unlock`, { note: 'n' }],
    ['POST', '/api/events/ticket', { note: 'n' }],
    [
      'POST',
      '/api/auth/password',
      { currentPassword: 'not the current one', newPassword: 'a fuzzed new passphrase' },
      own.passwordChanger,
    ],
    ['POST', '/api/auth/logout', { note: 'n' }, own.leaver],
    [
      'POST',
      `/api/contracts/${desk.contractA}/surveys`,
      {
        surveyId: 'PS-FUZZ',
        phase: 'training',
        respondent: 'Fuzz respondent (fictional)',
        scores: { overall: 4, trainingEffect: 5 },
        surveyedAt: '2026-03-10T10:00:00+08:00',
        product: { name: 'p', version: '1' },
      },
      desk.manager.token,
    ],
  ];
}

const RUNS_PER_ROUTE = 600;
/** Routes that hash a password or record each attempt: fewer runs. */
const FEW_RUNS = ['/api/auth/', '/api/staff', '/api/events/ticket'];
/** A refused login (or own password change) records the failure on its name's attempts stream, by design. */
const RECORDS_REFUSALS = 'login-attempts-';

describe('no input yields a 500 or a partial write (fuzzed)', () => {
  let desk: TicketDesk;
  let store: EventStore;
  beforeAll(async () => {
    desk = await startTicketDesk();
    store = desk.app.app.get(EVENT_STORE);
  }, 60_000);
  afterAll(() => desk.close());

  it(`answers ${RUNS_PER_ROUTE} generated bodies per route (over 10,000 in all) with a 2xx or a 4xx problem, and appends nothing when it refuses`, async () => {
    const ticket = (await desk.agent.post('/api/tickets', faultReport(desk.contractA))).body.id;
    const customer = (await desk.admin.get(`/api/contracts/${desk.contractA}`)).body.customerId;
    const token = (desk.admin as unknown as { token?: string }).token;
    const authorization = `Bearer ${token ?? (await adminBearer(desk))}`;
    let sent = 0;
    const adminBearerToken = authorization.slice('Bearer '.length);
    const own = {
      passwordChanger: (await createStaff(desk.app.baseUrl, adminBearerToken, { role: 'agent' })).token,
      leaver: (await createStaff(desk.app.baseUrl, adminBearerToken, { role: 'agent' })).token,
      someone: (await createStaff(desk.app.baseUrl, adminBearerToken, { role: 'agent' })).id,
    };
    for (const [method, path, valid, callerToken] of routes(desk, ticket, customer, own)) {
      const runs = FEW_RUNS.some((few) => path.startsWith(few)) ? 40 : RUNS_PER_ROUTE;
      await fc.assert(
        fc.asyncProperty(anyBody(valid), async ({ raw }) => {
          const before = await store.headPosition();
          const response = await fetch(`${desk.app.baseUrl}${path}`, {
            method,
            headers: {
              authorization: callerToken ? `Bearer ${callerToken}` : authorization,
              'content-type': 'application/json',
            },
            body: raw,
          });
          const text = await response.text();
          sent++;
          expect({ path, status: response.status < 500 }).toEqual({ path, status: true });
          if (response.status >= 400) {
            expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
            expect(JSON.parse(text).status).toBe(response.status);
            const appended = [];
            for await (const event of store.readAll({ fromPosition: (before ?? -1n) + 1n }))
              if (!event.stream.startsWith(RECORDS_REFUSALS)) appended.push(event.type);
            expect({ path, raw: raw.slice(0, 200), appended }).toEqual({
              path,
              raw: raw.slice(0, 200),
              appended: [],
            });
          }
        }),
        { numRuns: runs },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(10_000);
  }, 600_000);

  it('answers JSON nested 10,000 deep with 400 and a body over 1 MiB with 413, on every route with a body, login included', async () => {
    const ticket = (await desk.agent.post('/api/tickets', faultReport(desk.contractA))).body.id;
    const routes = await bodyRoutes(desk, ticket);
    expect(routes).toEqual(expect.arrayContaining([['POST', '/api/auth/login']]));
    expect(routes.length).toBeGreaterThanOrEqual(25);
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const deepArray = '['.repeat(10_000) + ']'.repeat(10_000);
    const justTooDeep = '['.repeat(33) + ']'.repeat(33);
    const big = JSON.stringify({ description: 'x'.repeat(1024 * 1024) });
    const bigAndDeep = '['.repeat(600_000) + ']'.repeat(600_000);
    const cases: [string, string, number][] = [
      ['deep object', deep, 400],
      ['deep array', deepArray, 400],
      ['33 levels', justTooDeep, 400],
      ['over 1 MiB', big, 413],
      ['over 1 MiB and deep', bigAndDeep, 413],
    ];
    const authorization = `Bearer ${await adminBearer(desk)}`;
    const before = await store.headPosition();
    for (const [method, path] of routes) {
      for (const [name, body, status] of cases) {
        const response = await fetch(`${desk.app.baseUrl}${path}`, {
          method,
          headers: { authorization, 'content-type': 'application/json' },
          body,
        });
        const problem = await response.text();
        expect({ method, path, name, status: response.status }).toEqual({ method, path, name, status });
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(problem).status).toBe(status);
        if (status === 400)
          expect(JSON.parse(problem).errors).toEqual([expect.objectContaining({ field: 'body' })]);
      }
    }
    expect(await store.headPosition()).toBe(before);
  }, 300_000);
});

/** Every route of the OpenAPI document that takes a body, path parameters filled with `id`. */
async function bodyRoutes(desk: TicketDesk, id: string): Promise<[string, string][]> {
  const document = (await desk.admin.get('/docs-json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ['post', 'put', 'patch'].includes(method))
      .map((method): [string, string] => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, id)]),
  );
}

async function adminBearer(desk: TicketDesk): Promise<string> {
  const { adminToken } = await import('../../support/admin-token.js');
  return adminToken(desk.app);
}
