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

    const base = `${service.baseUrl}/docs`;
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1], base));
    expect(assets.map((a) => a.pathname.split('/').pop())).toEqual(
      expect.arrayContaining(['swagger-ui-bundle.js', 'swagger-ui.css', 'swagger-ui-init.js']),
    );
    for (const asset of assets) {
      const response = await fetch(asset);
      await response.arrayBuffer();
      expect({ asset: asset.pathname, status: response.status }).toEqual({
        asset: asset.pathname,
        status: 200,
      });
    }
    const init = assets.find((a) => a.pathname.endsWith('swagger-ui-init.js'))!;
    expect(await (await fetch(init)).text()).toContain('"/health"');
  });

  it('describes /health at the root and the REST routes under /api at /docs-json', async () => {
    const response = await fetch(`${service.baseUrl}/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/api/probe/intake']));
  });
});
