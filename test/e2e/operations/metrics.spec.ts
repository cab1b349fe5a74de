/**
 * GET /metrics as Prometheus scrapes it: refused without the metrics token (a user's token is not
 * one), and after a little traffic every series of docs/operations.md#metrics is there with
 * values that follow from what was done.
 */
import { ADMIN_ENV, adminToken } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff } from '../../support/create-staff.js';
import { freePort } from '../../support/free-port.js';
import { startApp, type StartedApp } from '../../support/start-app.js';
import { faultReport } from '../tickets/ticket-desk.fixture.js';

const METRICS_TOKEN = 'metrics-token-of-the-e2e-scraper';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (comments dropped). */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The value of the one sample of `name` whose labels include `labels` (undefined when there is none). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} samples`);
  return found[0]?.value;
}

async function scrape(baseUrl: string, token = METRICS_TOKEN): Promise<Sample[]> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(await response.text());
}

describe('GET /metrics with METRICS_TOKEN set', () => {
  let service: StartedApp;
  let admin: string;
  let agent: ApiClient;
  let engineer: ApiClient;
  let engineerToken: string;
  let contractId: string;

  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV, METRICS_TOKEN } });
    admin = await adminToken(service);
    agent = api(service.baseUrl, (await createStaff(service.baseUrl, admin, { role: 'agent' })).token);
    engineerToken = (await createStaff(service.baseUrl, admin, { role: 'engineer' })).token;
    engineer = api(service.baseUrl, engineerToken);
    const customerId = await createCustomer(service.baseUrl, admin);
    contractId = await createContract(service.baseUrl, admin, { customerId });
  });
  afterAll(() => service.close());

  it('refuses a scraper without the token, with another token, and with a user’s bearer token (401)', async () => {
    for (const authorization of [undefined, 'Bearer not the metrics token at all', `Bearer ${admin}`]) {
      const response = await fetch(`${service.baseUrl}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="service-ledger-metrics"');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.text()).not.toContain('http_request_duration_seconds');
    }
  });

  it('is left out of the OpenAPI document, which is about the REST API', async () => {
    const document = (await (await fetch(`${service.baseUrl}/docs-json`)).json()) as { paths: object };
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });

  it('counts requests, commands, appends, login failures and lag after some traffic', async () => {
    const before = await scrape(service.baseUrl);
    const failuresBefore = valueOf(before, 'ledger_login_failures_total') ?? 0;
    expect(
      (await api(service.baseUrl).post('/api/auth/login', { username: 'admin', password: 'wrong one!' }))
        .status,
    ).toBe(401);
    const reported = await agent.post(
      '/api/tickets',
      faultReport(contractId, { description: 'Metrics story (fictional)', severity: 3, urgency: 'normal' }),
    );
    expect(reported.status).toBe(201);
    const id = reported.body.id as string;
    expect((await engineer.post(`/api/tickets/${id}/responses`, { mode: 'remote' })).status).toBe(200);
    // Refused by the ticket's rules (not on site before a dispatch), and lost to a stale If-Match.
    expect((await engineer.post(`/api/tickets/${id}/arrivals`, {})).status).toBeGreaterThanOrEqual(400);
    expect(
      (await engineer.post(`/api/tickets/${id}/responses`, { mode: 'remote' }, { 'if-match': '"0"' })).status,
    ).toBe(412);
    const read = await agent.get(`/api/tickets/${id}?after=${reported.body.position}`);
    expect(read.status).toBe(200);

    const samples = await scrape(service.baseUrl);
    const count = (route: string, method: string, status: string) =>
      valueOf(samples, 'http_request_duration_seconds_count', { route, method, status });
    expect(count('/api/tickets', 'POST', '201')).toBe(1);
    expect(count('/api/tickets/:id/responses', 'POST', '200')).toBe(1);
    expect(count('/api/tickets/:id/responses', 'POST', '412')).toBe(1);
    expect(count('/api/tickets/:id', 'GET', '200')).toBe(1);
    expect(
      valueOf(samples, 'http_request_duration_seconds_sum', { route: '/api/tickets', method: 'POST' }),
    ).toBeGreaterThan(0);
    // Route patterns only: no ticket id in any label.
    expect(samples.some((s) => Object.values(s.labels).some((v) => v.includes(id)))).toBe(false);

    const commands = (type: string, outcome: string) =>
      valueOf(samples, 'ledger_commands_total', { type, outcome });
    expect(commands('ReportFault', 'ok')).toBe(1);
    expect(commands('Respond', 'ok')).toBe(1);
    expect(commands('ArriveOnSite', 'rejected')).toBe(1);
    // Refused before it was decided (If-Match is checked first): its type is not known yet.
    expect(commands('unknown', 'conflict')).toBe(1);
    expect(commands('RegisterCustomer+AddCustomerContact', 'ok')).toBe(1);

    const appends = valueOf(samples, 'ledger_event_append_duration_seconds_count', { outcome: 'ok' })!;
    const okCommands = samples
      .filter((s) => s.name === 'ledger_commands_total' && s.labels.outcome === 'ok')
      .reduce((sum, s) => sum + s.value, 0);
    expect(appends).toBeGreaterThanOrEqual(okCommands - 1);
    expect(valueOf(samples, 'ledger_event_append_duration_seconds_sum', { outcome: 'ok' })).toBeGreaterThan(
      0,
    );

    expect(valueOf(samples, 'ledger_login_failures_total')).toBe(failuresBefore + 1);
    expect(valueOf(samples, 'ledger_lockouts_total')).toBe(0);
    for (const readModel of [
      'tickets',
      'timeline',
      'sla-facts',
      'archive',
      'sla-deadlines',
      'notifications',
      'kb',
    ]) {
      const lag = valueOf(samples, 'ledger_projection_lag_events', { read_model: readModel });
      expect(lag).toBeGreaterThanOrEqual(0);
    }
    expect(valueOf(samples, 'ledger_projection_lag_events', { read_model: 'tickets' })).toBe(0);
    expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts the open event streams', async () => {
    expect(valueOf(await scrape(service.baseUrl), 'ledger_open_event_streams')).toBe(0);
    const stream = new AbortController();
    const live = await fetch(`${service.baseUrl}/api/events/stream`, {
      headers: { authorization: `Bearer ${engineerToken}` },
      signal: stream.signal,
    });
    await live.body?.getReader().read();
    try {
      expect(valueOf(await scrape(service.baseUrl), 'ledger_open_event_streams')).toBe(1);
    } finally {
      stream.abort();
    }
  });

  it('times how late the SLA watchman escalates, and counts its commands', async () => {
    const policy = await api(service.baseUrl, admin).put(`/api/contracts/${contractId}/sla-policy`, {
      targets: { '1': { response: 'PT1S', onSite: 'PT2S', resolution: 'PT3S' } },
      atRiskShare: 0.5,
      confirmationWindow: 'PT4S',
      escalationAnswerWindow: 'PT1H',
    });
    expect(policy.status).toBe(200);
    const reported = await agent.post(
      '/api/tickets',
      faultReport(contractId, { description: 'Nobody answers this one (fictional)' }),
    );
    expect(reported.status).toBe(201);
    let samples: Sample[] = [];
    for (let waited = 0; waited < 15_000; waited += 200) {
      samples = await scrape(service.baseUrl);
      if ((valueOf(samples, 'ledger_watchman_lateness_seconds_count', { action: 'escalate' }) ?? 0) >= 1)
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const escalations = valueOf(samples, 'ledger_watchman_lateness_seconds_count', { action: 'escalate' })!;
    expect(escalations).toBeGreaterThanOrEqual(1);
    const lateness =
      valueOf(samples, 'ledger_watchman_lateness_seconds_sum', { action: 'escalate' })! / escalations;
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(5);
    expect(
      valueOf(samples, 'ledger_watchman_lateness_seconds_count', { action: 'warn' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(samples, 'ledger_commands_total', { type: 'Escalate', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let service: StartedApp;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    service = await startApp({ env: { METRICS_PORT: String(port) } });
  });
  afterAll(() => service.close());

  it('answers 404 on the service port, and serves the metrics on 127.0.0.1:METRICS_PORT only', async () => {
    expect((await fetch(`${service.baseUrl}/metrics`)).status).toBe(404);
    const local = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(local.status).toBe(200);
    expect(valueOf(parse(await local.text()), 'ledger_open_event_streams')).toBe(0);
    expect((await fetch(`http://127.0.0.1:${port}/api/tickets`)).status).toBe(404);
  });
});
