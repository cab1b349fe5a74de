import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { LiveConnections } from '../live-events/live-connections.js';
import { ProjectionStatusRegistry } from '../projections/projection-status.registry.js';
import { ServiceMetrics } from './service-metrics.js';

/**
 * Points the gauges read at scrape time at what they read: the read models' progress (projection
 * lag) and the open event streams. Looked up once the application is built, so that the metrics
 * depend on no capability (the event store itself is timed through ServiceMetrics).
 */
@Injectable()
export class MetricSources implements OnApplicationBootstrap {
  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly modules: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    const registry = this.modules.get(ProjectionStatusRegistry, { strict: false });
    this.metrics.readProjectionLagFrom(async () => (await registry.report()).projections);
    const connections = this.find(LiveConnections);
    if (connections) this.metrics.countOpenStreamsWith(() => connections.size);
  }

  private find<T>(type: new (...args: never[]) => T): T | undefined {
    try {
      return this.modules.get(type, { strict: false });
    } catch {
      return undefined;
    }
  }
}
