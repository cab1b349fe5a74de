import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { lockouts, loginFailures } from './security-counters.js';

/** What a command came to: done, refused by a rule of the domain, lost to a concurrent writer, or failed. */
export type CommandOutcome = 'ok' | 'rejected' | 'conflict' | 'error';

/** The lag of each read model behind the log, asked for at each scrape. */
export type LagSource = () => Promise<{ name: string; lag: bigint }[]>;

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const LATENESS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600];

/**
 * The service's Prometheus metrics, in a registry of its own (not prom-client's global one, so that
 * several services in one process, as in the tests, do not clash). Scraped at GET /metrics.
 */
@Injectable()
export class ServiceMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, and how long they took',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'ledger_commands_total',
    help: 'Commands through the command seam by domain command type and outcome (ok, rejected, conflict, error)',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'ledger_event_append_duration_seconds',
    help: 'Appends to the event store (a durable commit on SQLite) by outcome (ok, conflict, error)',
    labelNames: ['outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly watchmanLateness = new Histogram({
    name: 'ledger_watchman_lateness_seconds',
    help: 'How long after its due instant the SLA watchman recorded a warning (warn) or an escalation (escalate)',
    labelNames: ['action'] as const,
    buckets: LATENESS,
    registers: [this.registry],
  });

  private lagSource: LagSource = async () => [];
  private openStreamsSource: () => number = () => 0;

  constructor() {
    const lagOf = () => this.lagSource();
    const openStreams = () => this.openStreamsSource();
    new Gauge({
      name: 'ledger_open_event_streams',
      help: 'Server-sent event streams (GET /api/events/stream) open in this process',
      registers: [this.registry],
      collect() {
        this.set(openStreams());
      },
    });
    new Gauge({
      name: 'ledger_projection_lag_events',
      help: "Events in the log after each read model's checkpoint (log head position minus checkpoint)",
      labelNames: ['read_model'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { name, lag } of await lagOf()) this.set({ read_model: name }, Number(lag));
      },
    });
    this.registry.registerMetric(loginFailures);
    this.registry.registerMetric(lockouts);
    collectDefaultMetrics({ register: this.registry });
  }

  /** Where the projection lag is read from at each scrape (the read models register later than this). */
  readProjectionLagFrom(source: LagSource): void {
    this.lagSource = source;
  }

  /** Where the number of open event streams is read from at each scrape. */
  countOpenStreamsWith(source: () => number): void {
    this.openStreamsSource = source;
  }

  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
