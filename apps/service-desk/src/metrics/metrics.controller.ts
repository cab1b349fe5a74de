import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '#service-config';
import { unauthorized } from '../auth/auth-problems.js';
import { Public } from '../auth/public.decorator.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { carriesMetricsToken, METRICS_REALM } from './metrics-token.js';
import { ServiceMetrics } from './service-metrics.js';

/**
 * GET /metrics (outside /api), Prometheus text format, for a scraper holding METRICS_TOKEN. Not a
 * user's route: the bearer token of a login does not open it (so it is @Public to the user guard
 * and checks its own token), and it is left out of the OpenAPI document. Without METRICS_TOKEN it
 * answers 404 here (METRICS_PORT may serve it on 127.0.0.1 instead).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly config: AppConfig,
    private readonly metrics: ServiceMetrics,
  ) {}

  @Get()
  async scrape(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (token === undefined) {
      throw new ProblemException({
        type: ProblemType.notFound,
        title: 'Not Found',
        status: 404,
        detail: 'Metrics are not served on this port (METRICS_TOKEN is not set)',
      });
    }
    if (!carriesMetricsToken(request.headers.authorization, token)) {
      void reply.header('WWW-Authenticate', METRICS_REALM);
      throw unauthorized('The metrics token is required (Authorization: Bearer <METRICS_TOKEN>)');
    }
    void reply.header('content-type', this.metrics.contentType).header('cache-control', 'no-store');
    return this.metrics.scrape();
  }
}
