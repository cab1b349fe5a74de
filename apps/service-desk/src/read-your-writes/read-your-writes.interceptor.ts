import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { AppConfig } from '#service-config';
import { ReadModels } from '../projections/projection-host.provider.js';
import { parseAfter } from './after-position.js';
import { readModelsBehind } from './read-models-behind.problem.js';
import { readYourWritesTimeoutMs } from './read-your-writes-timeout.js';

/**
 * Read-your-writes for every GET: `?after=<position>` (the position a write answered) holds the
 * request until every read model has processed that position, or answers 503 after the bounded
 * wait. Interceptors run before pipes, so `after` is taken off the query before any query DTO is
 * validated (whitelisting never sees it).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly timeoutMs: number;

  constructor(
    private readonly readModels: ReadModels,
    config: AppConfig,
  ) {
    this.timeoutMs = readYourWritesTimeoutMs(config);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const query = request.query as Record<string, unknown> | undefined;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !query || !('after' in query)) {
      return next.handle();
    }
    const position = parseAfter(query.after);
    delete query.after;
    if (!(await this.readModels.host.waitFor(position, this.timeoutMs))) {
      void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', '1');
      throw readModelsBehind(position, this.timeoutMs, this.lowestPosition());
    }
    return next.handle();
  }

  private lowestPosition(): bigint | null {
    const positions = this.readModels.host.projections.map(
      (p) => this.readModels.host.status(p.name).position,
    );
    if (positions.length === 0 || positions.includes(null)) return null;
    return (positions as bigint[]).reduce((low, p) => (p < low ? p : low));
  }
}
