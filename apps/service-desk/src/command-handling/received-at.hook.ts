import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../clock/clock.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The server's clock when the request arrived: the `now` of the command it carries. */
    receivedAt?: Date;
  }
}

/** Stamps every request with the service's clock (the Clock port), before anything else reads it. */
export function stampReceivedAt(app: NestFastifyApplication): void {
  const clock = app.get(Clock);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request) => {
      request.receivedAt = clock.now();
    });
}
