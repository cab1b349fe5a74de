import { ADMIN_ENV } from '../support/admin-token.js';
import { type StartedApp, startApp } from '../support/start-app.js';

const OPEN = new Set(['POST /api/auth/login', 'GET /health']);

/** Every route the OpenAPI document lists (whoever's capability it is) with a placeholder for each parameter. */
async function routesOf(baseUrl: string): Promise<string[]> {
  const document = (await (await fetch(`${baseUrl}/docs-json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('A bearer token is needed everywhere but login and health', () => {
  let service: StartedApp;
  let routes: string[];
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
    routes = await routesOf(service.baseUrl);
  });
  afterAll(() => service.close());

  it('finds the routes of this capability in the OpenAPI document', () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/auth/me',
        'POST /api/staff',
        'GET /api/staff',
        'GET /api/staff/{id}',
        'PATCH /api/staff/{id}',
        'POST /api/customers',
        'GET /api/customers/{id}',
        'POST /api/contracts',
        'GET /api/contracts/{id}',
        'PUT /api/contracts/{id}/sla-policy',
      ]),
    );
  });

  it('answers every other route without a token with 401 and WWW-Authenticate: Bearer', async () => {
    const answers: Record<string, number> = {};
    for (const route of routes.filter((r) => !OPEN.has(r))) {
      const [method, path] = route.split(' ');
      const url = `${service.baseUrl}${path.replace(/\{[^}]+\}/g, 'some-id')}`;
      const body = ['POST', 'PUT', 'PATCH'].includes(method) ? '{}' : undefined;
      const response = await fetch(url, {
        method,
        body,
        headers: body ? { 'content-type': 'application/json' } : {},
      });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
      answers[route] = response.status;
    }
    expect(Object.values(answers).length).toBeGreaterThanOrEqual(9);
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((route) => [route, 401])));
  });

  it('leaves login and health open', async () => {
    expect((await fetch(`${service.baseUrl}/health`)).status).toBe(200);
    const login = await fetch(`${service.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_ENV.ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
  });
});
