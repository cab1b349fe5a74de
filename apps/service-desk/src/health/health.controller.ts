import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator.js';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { EventStoreHealthIndicator } from './event-store.health-indicator.js';
import { ProjectionsHealthIndicator } from './projections.health-indicator.js';

/** GET /health (outside /api): 200 when the store reads and no projection has failed, else 503. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.eventStore.check('eventStore'),
        () => this.projections.check('projections'),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ProblemException({
        type: ProblemType.healthCheckFailed,
        title: 'Service Unavailable',
        status: 503,
        detail: 'A health check failed: see health.error.',
        health: error.getResponse(),
      });
    }
  }
}
