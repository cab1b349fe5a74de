import { Global, Module } from '@nestjs/common';
import { MetricSources } from './metric-sources.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsPortListener } from './metrics-port.listener.js';
import { ServiceMetrics } from './service-metrics.js';

/** Prometheus metrics: the registry (to every module), GET /metrics and, with METRICS_PORT, its own listener. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [ServiceMetrics, MetricSources, MetricsPortListener],
  exports: [ServiceMetrics],
})
export class MetricsModule {}
