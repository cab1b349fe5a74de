import type { IncomingMessage } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** Fastify's request of each raw request in flight, for pino-http, which sees only the raw one. */
const requests = new WeakMap<IncomingMessage, FastifyRequest>();

/** Links each raw request to Fastify's, whose route pattern and caller (`user`) the request log names. */
export function linkRawRequests(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request) => {
      requests.set(request.raw, request);
    });
}

/** Fastify's request for a raw one, once linkRawRequests has seen it. */
export function requestOf(raw: IncomingMessage): FastifyRequest | undefined {
  return requests.get(raw);
}

/** The route pattern that answered (`/api/tickets/:id`), never the raw URL; `unmatched` for a 404 of no route. */
export function routeOf(request: FastifyRequest | undefined): string {
  return request?.routeOptions?.url ?? 'unmatched';
}
