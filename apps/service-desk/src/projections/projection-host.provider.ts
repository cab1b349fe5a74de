import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EventStore } from '#event-store';
import { ProjectionHost, READ_MODEL_PROJECTIONS } from '#projections';
import { AppConfig, readModelsDir } from '#service-config';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { ProjectionStatusRegistry } from './projection-status.registry.js';

/**
 * Runs the read models in this process: started before the service takes requests, stopped
 * before the event store closes, visible on /health through the status registry.
 */
@Injectable()
export class ReadModels implements OnModuleInit, OnModuleDestroy {
  readonly host: ProjectionHost;
  private readonly logger = new Logger('ReadModels');
  private unregister: (() => void)[] = [];

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    config: AppConfig,
    private readonly registry: ProjectionStatusRegistry,
  ) {
    this.host = new ProjectionHost(store, READ_MODEL_PROJECTIONS, {
      dir: readModelsDir(config),
      watchIntervalMs: 1000,
      log: (message) => this.logger.log(message),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.host.start();
    for (const projection of READ_MODEL_PROJECTIONS) {
      this.unregister.push(
        this.registry.register(projection.name, () => {
          const status = this.host.status(projection.name);
          return { checkpoint: status.position, caughtUp: status.state === 'live', error: status.error };
        }),
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.unregister.forEach((unregister) => unregister());
    await this.host.stop();
  }
}
