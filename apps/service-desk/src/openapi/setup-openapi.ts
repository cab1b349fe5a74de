import { NotFoundException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { createOpenApiDocument } from './openapi-document.js';
import { SWAGGER_UI_ASSETS, swaggerUiAssetReader } from './swagger-ui-assets.js';
import { swaggerUiInitScript, swaggerUiPage } from './swagger-ui-page.js';

/**
 * Serves the OpenAPI document at /docs-json and Swagger UI at /docs. SwaggerModule serves the JSON;
 * the UI is served here because SwaggerModule's own UI needs @fastify/static on Fastify, which is not
 * installed (without it SwaggerModule ends the process when it registers the UI).
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app), { ui: false, raw: ['json'] });

  const page = swaggerUiPage('Service ledger API');
  const init = swaggerUiInitScript('/docs-json');
  const readAsset = swaggerUiAssetReader();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/docs', (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  fastify.get('/docs/swagger-ui-init.js', (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').send(init),
  );
  fastify.get<{ Params: { asset: string } }>('/docs/:asset', async (request, reply) => {
    const { asset } = request.params;
    if (!Object.hasOwn(SWAGGER_UI_ASSETS, asset)) throw new NotFoundException(`Cannot GET /docs/${asset}`);
    return reply
      .type(SWAGGER_UI_ASSETS[asset])
      .header('cache-control', 'public, max-age=3600')
      .send(await readAsset(asset));
  });
}
