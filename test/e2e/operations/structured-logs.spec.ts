/**
 * The log of a whole story, read as an operator's log shipper would: one JSON object per line, a
 * line per request naming its id, route, status, duration and caller, and none of the secrets or
 * contact data the story carried. Runs the built service (`npx tsc -p tsconfig.json` first) as a
 * child process and captures its stdout and stderr.
 */
import { api } from '../../support/api-client.js';
import { login } from '../../support/login.js';
import { startServiceProcess, type ServiceProcess } from '../../support/start-service-process.js';

const ADMIN_PASSWORD = 'Log story operator passphrase 4711';
const AGENT_PASSWORD = 'Log story agent passphrase 4712';
const ENGINEER_PASSWORD = 'Log story engineer passphrase 4713';
const CONTACT_PASSWORD = 'Log story contact passphrase 4714';
const CHANGED_PASSWORD = 'Log story changed passphrase 4715';
const WRONG_PASSWORD = 'Log story wrong passphrase 4716';
const PHONES = ['000-5550-0101', '000-5550-0202', '000-5550-0303', '000-5550-0404'];
const EMAILS = ['it-log@hospital.example', 'reporter-log@hospital.example', 'ward-log@hospital.example'];

interface LogLine {
  level: string;
  time: string;
  msg: string;
  context?: string;
  requestId?: string;
  method?: string;
  route?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  actorId?: string;
}

describe('The log of a whole story: JSON lines, a line per request, no secrets', () => {
  let service: ServiceProcess;
  const tokens: string[] = [];
  const ids: Record<'admin' | 'agent' | 'engineer' | 'contact', string> = {} as never;
  let output = '';

  beforeAll(async () => {
    service = await startServiceProcess({ env: { LOG_LEVEL: 'debug', ADMIN_PASSWORD } });
    try {
      const base = service.baseUrl;
      const admin = await login(base, 'admin', ADMIN_PASSWORD);
      tokens.push(admin);
      ids.admin = (await api(base, admin).get('/api/auth/me')).body.id;
      const staff = async (username: string, password: string, role: string, extra = {}) => {
        const created = await api(base, admin).post('/api/staff', {
          username,
          password,
          displayName: `Log story ${role}`,
          role,
          ...extra,
        });
        expect(created.status).toBe(201);
        const token = await login(base, username, password);
        tokens.push(token);
        return { id: created.body.id as string, token };
      };
      const customer = await api(base, admin).post('/api/customers', {
        name: 'Log Story Hospital (fictional)',
        phone: PHONES[0],
        email: EMAILS[0],
        contacts: [{ name: 'IT desk (fictional)', phone: PHONES[1], email: EMAILS[1] }],
      });
      expect(customer.status).toBe(201);
      const agent = await staff('log-agent', AGENT_PASSWORD, 'agent');
      const engineer = await staff('log-engineer', ENGINEER_PASSWORD, 'engineer');
      const contact = await staff('log-contact', CONTACT_PASSWORD, 'customer', {
        customerId: customer.body.id,
      });
      Object.assign(ids, { agent: agent.id, engineer: engineer.id, contact: contact.id });
      const contract = await api(base, admin).post('/api/contracts', {
        customerId: customer.body.id,
        product: { name: 'DIP grouping platform', version: '3.2' },
        acceptanceDate: '2026-01-15',
        warrantyMonths: 12,
        timeZone: 'Asia/Shanghai',
        inspectionExpertId: engineer.id,
      });
      expect(contract.status).toBe(201);
      const report = (token: string) =>
        api(base, token).post('/api/tickets', {
          contractId: contract.body.id,
          reporter: { name: 'Duty nurse (fictional)', phone: PHONES[2], email: EMAILS[2], fax: PHONES[3] },
          channel: 'hotline',
          description: 'Settlement upload fails (fictional)',
          severity: 2,
          kind: 'request',
          urgency: 'urgent',
        });
      const byAgent = await report(agent.token);
      expect(byAgent.status).toBe(201);
      expect((await report(contact.token)).status).toBe(201);
      const ticket = byAgent.body.id as string;
      expect(
        (
          await api(base, engineer.token).post(`/api/tickets/${ticket}/responses`, {
            mode: 'remote',
            note: 'on it',
          })
        ).status,
      ).toBe(200);
      expect((await api(base, agent.token).get(`/api/tickets/${ticket}`)).status).toBe(200);
      // A wrong password, a malformed login body and a password change by the admin.
      expect(
        (await api(base).post('/api/auth/login', { username: 'log-agent', password: WRONG_PASSWORD })).status,
      ).toBe(401);
      const malformed = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"username":"log-agent","password":"${WRONG_PASSWORD}"`,
      });
      expect(malformed.status).toBe(400);
      expect(
        (await api(base, admin).patch(`/api/staff/${agent.id}`, { password: CHANGED_PASSWORD })).status,
      ).toBe(200);
      tokens.push(await login(base, 'log-agent', CHANGED_PASSWORD));
      // A stream ticket in the query string (the browser's event stream), and a request id chosen by the caller.
      const stream = new AbortController();
      const streamTicket = (await api(base, engineer.token).post('/api/events/ticket', undefined)).body
        .ticket as string;
      tokens.push(streamTicket);
      const live = await fetch(`${base}/api/events/stream?ticket=${streamTicket}`, {
        signal: stream.signal,
      });
      expect(live.status).toBe(200);
      await live.body?.getReader().read();
      stream.abort();
      const health = await fetch(`${base}/health`, { headers: { 'x-request-id': 'log-story-health-1' } });
      expect(health.headers.get('x-request-id')).toBe('log-story-health-1');
    } finally {
      await service.stop();
      output = service.output();
    }
  }, 60_000);

  const lines = (): LogLine[] =>
    output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine);
  const requestLines = () => lines().filter((line) => line.msg === 'request completed');

  it('writes every line, the Nest loggers included, as one JSON object with time and level', () => {
    const all = lines();
    expect(all.length).toBeGreaterThan(20);
    for (const line of all) {
      expect(line).toMatchObject({
        level: expect.any(String),
        time: expect.any(String),
        msg: expect.any(String),
      });
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
    }
    expect(all).toContainEqual(
      expect.objectContaining({ context: 'ServiceDesk', msg: expect.stringMatching(/^Listening on/) }),
    );
    expect(all).toContainEqual(expect.objectContaining({ context: 'ReadModels', level: 'info' }));
  });

  it('never writes a password, a token, a hash, a phone number or an e-mail address', () => {
    const secrets = [
      ADMIN_PASSWORD,
      AGENT_PASSWORD,
      ENGINEER_PASSWORD,
      CONTACT_PASSWORD,
      CHANGED_PASSWORD,
      WRONG_PASSWORD,
      ...tokens,
      ...tokens.map((token) => token.split('.')[2]),
      '$argon2',
      ...PHONES,
      ...EMAILS,
    ];
    expect(tokens.length).toBe(6);
    expect(secrets.filter((secret) => output.includes(secret))).toEqual([]);
  });

  it('writes a line per request with its id, method, route pattern, status and duration', () => {
    const requests = requestLines();
    expect(requests.length).toBeGreaterThanOrEqual(15);
    for (const line of requests) {
      expect(line).toEqual(
        expect.objectContaining({
          requestId: expect.stringMatching(/^\S+$/),
          method: expect.stringMatching(/^[A-Z]+$/),
          route: expect.stringMatching(/^\//),
          status: expect.any(Number),
          durationMs: expect.any(Number),
        }),
      );
    }
    expect(new Set(requests.map((line) => line.requestId)).size).toBe(requests.length);
    expect(requests).toContainEqual(
      expect.objectContaining({ method: 'POST', route: '/api/tickets/:id/responses', status: 200 }),
    );
    expect(requests).toContainEqual(expect.objectContaining({ route: '/api/auth/login', status: 401 }));
    expect(requests).toContainEqual(expect.objectContaining({ route: '/api/auth/login', status: 400 }));
    expect(requests).toContainEqual(
      expect.objectContaining({
        requestId: 'log-story-health-1',
        route: '/health',
        status: 200,
        level: 'debug',
      }),
    );
    const stream = requests.find((line) => line.route === '/api/events/stream');
    expect(stream).toMatchObject({ path: '/api/events/stream', status: 200, actorId: ids.engineer });
  });

  it("names the caller's user id on the lines of authenticated requests, and none on a login", () => {
    const requests = requestLines();
    const reports = requests.filter((line) => line.method === 'POST' && line.route === '/api/tickets');
    expect(reports.map((line) => [line.status, line.actorId])).toEqual([
      [201, ids.agent],
      [201, ids.contact],
    ]);
    expect(requests.find((line) => line.route === '/api/tickets/:id/responses')?.actorId).toBe(ids.engineer);
    expect(requests.find((line) => line.method === 'PATCH')?.actorId).toBe(ids.admin);
    expect(requests.filter((line) => line.route === '/api/auth/login').every((line) => !line.actorId)).toBe(
      true,
    );
  });
});
