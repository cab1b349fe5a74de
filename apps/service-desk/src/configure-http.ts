import { RequestMethod } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerLoginAddressLimit } from './auth/login-address-limit.js';
import { stampReceivedAt } from './command-handling/received-at.hook.js';
import { parseJsonBodies } from './json-body/json-body-parser.js';
import { answerRequestIds } from './logging/request-id.js';
import { linkRawRequests } from './logging/request-of.js';
import { measureHttpRequests } from './metrics/http-metrics.hook.js';
import { setupOpenApi } from './openapi/setup-openapi.js';
import { addSecurityHeaders } from './security-headers/security-headers.js';
import { serveWeb } from './web/serve-web.js';

/**
 * REST lives under /api; /health, /metrics and /docs stay at the root; the web UI at every other
 * page path. The API speaks JSON only. Every request is logged and measured, and every response
 * carries the security headers (CSP, nosniff, Referrer-Policy; HSTS over HTTPS).
 */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  await addSecurityHeaders(app);
  stampReceivedAt(app);
  linkRawRequests(app);
  answerRequestIds(app);
  measureHttpRequests(app);
  await registerLoginAddressLimit(app);
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  // Fastify parses application/json (and text/plain) by default; any other body answers 415.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  parseJsonBodies(app);
  setupOpenApi(app);
  await serveWeb(app);
  app.enableShutdownHooks();
}
