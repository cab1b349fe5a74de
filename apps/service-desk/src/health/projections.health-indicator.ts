import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ProjectionStatusRegistry } from '../projections/projection-status.registry.js';

/**
 * Up when every projection follows the feed live; degraded (still 200) while one catches up, since
 * the service works but its views lag; down when a projection has stopped on an error.
 */
@Injectable()
export class ProjectionsHealthIndicator {
  constructor(
    private readonly registry: ProjectionStatusRegistry,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const indicator = this.health.check(key);
    let report;
    try {
      report = await this.registry.report();
    } catch (error) {
      // The lag needs the store's head; when the store cannot be read, neither can the lag.
      return indicator.down({
        caughtUp: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    const projections = report.projections.map((p) => ({
      name: p.name,
      checkpoint: p.checkpoint === null ? null : p.checkpoint.toString(),
      head: p.head === null ? null : p.head.toString(),
      lag: p.lag.toString(),
      caughtUp: p.caughtUp,
      ...(p.error ? { error: p.error } : {}),
    }));
    const data = { caughtUp: report.caughtUp, projections };
    if (report.projections.some((p) => p.error)) return indicator.down(data);
    return report.caughtUp ? indicator.up(data) : indicator.degraded(data);
  }
}
