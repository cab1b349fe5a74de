import { type StartedApp, startApp } from '../support/start-app.js';
import { ProbeModule } from './fixtures/probe.module.js';

describe('OpenAPI', () => {
  let service: StartedApp;
  beforeAll(async () => {
    service = await startApp({ imports: [ProbeModule] });
  });
  afterAll(() => service.close());

  it('serves Swagger UI at /docs, with its scripts and styles', async () => {
    const page = await fetch(`${service.baseUrl}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<div id="swagger-ui"></div>');

    const assets = [...html.matchAll(/(?:src|href)="(\/docs\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(
      expect.arrayContaining([
        '/docs/swagger-ui-bundle.js',
        '/docs/swagger-ui.css',
        '/docs/swagger-ui-init.js',
      ]),
    );
    for (const asset of assets) {
      const response = await fetch(`${service.baseUrl}${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
    }
    expect(await (await fetch(`${service.baseUrl}/docs/swagger-ui-init.js`)).text()).toContain(
      '"/docs-json"',
    );
  });

  it('serves no other file from /docs', async () => {
    const response = await fetch(`${service.baseUrl}/docs/package.json`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  });

  it('describes /health at the root and the REST routes under /api at /docs-json', async () => {
    const response = await fetch(`${service.baseUrl}/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/api/probe/intake']));
  });
});
