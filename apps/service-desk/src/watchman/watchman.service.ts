import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import type { ArchiveDb, SlaDeadlinesDb } from '#projections';
import { AppConfig } from '#service-config';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { ServiceMetrics } from '../metrics/service-metrics.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import { AlarmClock } from './alarm-clock.js';
import { archiveContractList } from './contract-list.js';
import { ServicePlanWatchman } from './service-plan-watchman.js';
import { projectionDeadlineTable } from './sla-deadline-table.js';
import { SlaWatchman } from './sla-watchman.js';
import { busCommands } from './watchman-commands.js';
import type { WatchmanOptions } from './watchman.js';

/** The name of the read model the watchman reads its deadlines from. */
export const SLA_DEADLINES = 'sla-deadlines';
/** The name of the read model the service-plan watchman lists the contracts from. */
export const ARCHIVE = 'archive';

/**
 * Runs the SLA watchman and the service-plan watchman in this process once the read models run;
 * stops them before they stop. SLA_WATCHMAN=off leaves the SLA watchman out (the service-plan
 * watchman still runs).
 */
@Injectable()
export class WatchmanService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SlaWatchman');
  private readonly planLogger = new Logger('ServicePlanWatchman');
  private watchman?: SlaWatchman;
  private planWatchman?: ServicePlanWatchman;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
    private readonly clock: AlarmClock,
    private readonly bus: CommandBus,
    private readonly metrics: ServiceMetrics,
    private readonly config: AppConfig,
  ) {}

  /** What both watchmen share: their lateness goes to the metrics. */
  private get shared(): WatchmanOptions {
    return { lateness: (action, seconds) => this.metrics.watchmanLateness.observe({ action }, seconds) };
  }

  onApplicationBootstrap(): void {
    this.startServicePlanWatchman();
    if (this.config.SLA_WATCHMAN === 'off') {
      this.logger.warn('SLA_WATCHMAN=off: no SLA warnings or escalations in this process');
      return;
    }
    const host = this.readModels.host;
    if (!host.projections.some((p) => p.name === SLA_DEADLINES)) {
      this.logger.error(`the ${SLA_DEADLINES} read model is not running: no SLA warnings or escalations`);
      return;
    }
    const table = projectionDeadlineTable(
      () => host.db<SlaDeadlinesDb>(SLA_DEADLINES),
      () => host.status(SLA_DEADLINES).position,
    );
    this.watchman = new SlaWatchman(this.store, busCommands(this.bus), table, this.clock, {
      ...this.shared,
      log: (message) => this.logger.warn(message),
    });
    this.watchman.start();
  }

  private startServicePlanWatchman(): void {
    const host = this.readModels.host;
    if (!host.projections.some((p) => p.name === ARCHIVE)) {
      this.planLogger.error(`the ${ARCHIVE} read model is not running: no missed service-plan warnings`);
      return;
    }
    const contracts = archiveContractList(
      () => host.db<ArchiveDb>(ARCHIVE),
      () => host.status(ARCHIVE).position,
    );
    this.planWatchman = new ServicePlanWatchman(this.store, busCommands(this.bus), contracts, this.clock, {
      ...this.shared,
      log: (message) => this.planLogger.warn(message),
    });
    this.planWatchman.start();
  }

  /** The running service-plan watchman (for tests); undefined when the archive read model is missing. */
  get servicePlan(): ServicePlanWatchman | undefined {
    return this.planWatchman;
  }

  /** The running watchman (for tests); undefined when its read model is missing. */
  get current(): SlaWatchman | undefined {
    return this.watchman;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.watchman?.stop(), this.planWatchman?.stop()]);
  }
}
