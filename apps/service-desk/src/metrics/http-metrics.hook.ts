import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { routeOf } from '../logging/request-of.js';
import { ServiceMetrics } from './service-metrics.js';

/** Times every answered request into http_request_duration_seconds by method, route pattern and status. */
export function measureHttpRequests(app: NestFastifyApplication): void {
  const histogram = app.get(ServiceMetrics).httpRequestDuration;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      histogram.observe(
        { method: request.method, route: routeOf(request), status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
}
