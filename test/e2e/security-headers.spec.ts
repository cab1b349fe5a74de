import { startApp, type StartedApp } from '../support/start-app.js';

/** Pages, the API (answers and problems), Swagger UI and the health check: every kind of answer. */
const REQUESTS: [string, RequestInit & { accept?: string }][] = [
  ['/', { accept: 'text/html' }],
  ['/board', { accept: 'text/html' }],
  ['/docs', { accept: 'text/html' }],
  ['/docs-json', {}],
  ['/health', {}],
  ['/api/tickets', {}],
  ['/api/no-such-route', {}],
  [
    '/api/auth/login',
    { method: 'POST', body: '{"username":', headers: { 'content-type': 'application/json' } },
  ],
];

async function headersOf(app: StartedApp, path: string, init: RequestInit & { accept?: string }, extra = {}) {
  const response = await fetch(`${app.baseUrl}${path}`, {
    ...init,
    headers: { ...(init.headers as object), ...(init.accept && { accept: init.accept }), ...extra },
  });
  await response.arrayBuffer();
  return response.headers;
}

describe('security headers on every response', () => {
  let app: StartedApp;
  let proxied: StartedApp;
  beforeAll(async () => {
    app = await startApp();
    proxied = await startApp({ env: { TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(async () => {
    await app?.close();
    await proxied?.close();
  });

  it.each(REQUESTS)(
    '%s: a CSP without inline scripts, no framing, nosniff, a Referrer-Policy',
    async (path, init) => {
      const headers = await headersOf(app, path, init);
      const csp = headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('script-src-attr')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('sends HSTS only when a proxy trusted by TRUST_PROXY says the request came over HTTPS', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    expect((await headersOf(app, '/health', {}, https)).get('strict-transport-security')).toBeNull();
    expect((await headersOf(proxied, '/health', {})).get('strict-transport-security')).toBeNull();
    expect((await headersOf(proxied, '/health', {}, https)).get('strict-transport-security')).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(
      (await headersOf(proxied, '/', { accept: 'text/html' }, https)).get('strict-transport-security'),
    ).toBe('max-age=63072000; includeSubDomains');
  });
});
