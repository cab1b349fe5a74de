import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '#service-config';
import { carriesMetricsToken, METRICS_REALM } from './metrics-token.js';
import { ServiceMetrics } from './service-metrics.js';

/**
 * With METRICS_PORT set, serves GET /metrics on 127.0.0.1:METRICS_PORT, for a scraper or agent on the
 * same host: no token unless METRICS_TOKEN is set, nothing else on that port. Started before the
 * service listens (a port in use stops the start), closed at shutdown.
 */
@Injectable()
export class MetricsPortListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: ServiceMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.METRICS_PORT;
    if (port === undefined) return;
    const token = this.config.METRICS_TOKEN;
    const server = createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0];
      if (request.method !== 'GET' || path !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found\n');
        return;
      }
      if (token !== undefined && !carriesMetricsToken(request.headers.authorization, token)) {
        response.writeHead(401, { 'www-authenticate': METRICS_REALM }).end();
        return;
      }
      this.metrics.scrape().then(
        (text) => response.writeHead(200, { 'content-type': this.metrics.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const { port: bound } = server.address() as AddressInfo;
    this.logger.log(`Metrics on http://127.0.0.1:${bound}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
