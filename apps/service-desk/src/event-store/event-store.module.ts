import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { EventStore } from '#event-store';
import { ServiceMetrics } from '../metrics/service-metrics.js';
import { timedAppends } from '../metrics/timed-appends.js';
import { EventStoreCloser } from './event-store-closer.js';
import { EVENT_STORE } from './event-store.token.js';

/**
 * Provides the one EventStore of the process under EVENT_STORE, to every module, and closes it
 * at shutdown. The store is opened before Nest starts (see createEventStore), so that a store
 * that cannot open stops the start with a plain message. Its appends are timed into the metrics.
 */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(store: EventStore): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: (metrics: ServiceMetrics) => timedAppends(store, metrics.appendDuration),
          inject: [ServiceMetrics],
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE],
    };
  }
}
