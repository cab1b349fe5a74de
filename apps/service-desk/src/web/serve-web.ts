import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { builtWebDir } from './web-dir.js';

/** Paths that belong to the service, never to the web UI's router. */
const SERVICE_PATHS = /^\/(api|docs|health|metrics)(\/|$|\?)/;

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Service desk</title>
<p>The web UI is not built. Run <code>npm run build</code> (or <code>npm start</code>, which builds it), then reload.
The API is at <a href="/docs">/docs</a>.</p></html>`;

/**
 * Serves the web UI at `/`: its files from dist/web, and index.html for any other GET of a page
 * path (/board, /tickets/…) so the browser's router takes over. /api, /docs, /health and /metrics stay the
 * service's (an unknown /api path still answers problem+json 404).
 */
export async function serveWeb(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const root = builtWebDir();
  if (root) {
    // Routes only for the files present at start (no wildcard route that would shadow /api 404s).
    await fastify.register(fastifyStatic, { root, wildcard: false, decorateReply: true, index: false });
  }
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const path = request.url;
    if (SERVICE_PATHS.test(path) || /^\/[^?]*\.[a-z0-9]+($|\?)/i.test(path)) return;
    if (!(request.headers.accept ?? '').includes('text/html') && path !== '/') return;
    reply.header('cache-control', 'no-cache');
    if (!root) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.sendFile('index.html');
  });
}
