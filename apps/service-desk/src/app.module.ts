import { type DynamicModule, type ModuleMetadata, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import type { EventStore } from '#event-store';
import type { AppConfig } from '#service-config';
import { ClockModule } from './clock/clock.module.js';
import { CommandHandlingModule } from './command-handling/command-handling.module.js';
import { ContractsModule } from './contracts/contracts.module.js';
import { CustomersModule } from './customers/customers.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { DisputesModule } from './disputes/disputes.module.js';
import { LiveEventsModule } from './live-events/live-events.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { WatchmanModule } from './watchman/watchman.module.js';
import { KnowledgeModule } from './knowledge/knowledge.module.js';
import { ArchiveModule } from './archive/archive.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ReadYourWritesModule } from './read-your-writes/read-your-writes.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { TicketQueriesModule } from './ticket-queries/ticket-queries.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AppConfigModule } from './config/app-config.module.js';
import { EventStoreModule } from './event-store/event-store.module.js';
import { HealthModule } from './health/health.module.js';
import { loggerParams } from './logging/logger-params.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { createValidationPipe } from './problem-details/create-validation-pipe.js';
import { ProblemDetailsFilter } from './problem-details/problem-details.filter.js';
import { WellFormedTextPipe } from './problem-details/well-formed-text.pipe.js';
import { ProjectionStatusModule } from './projections/projection-status.module.js';
import { StaffModule } from './staff/staff.module.js';

export type ModuleImport = NonNullable<ModuleMetadata['imports']>[number];

/** The service desk: add each capability's module to CAPABILITIES. */
const CAPABILITIES: ModuleImport[] = [
  HealthModule,
  AuthModule,
  StaffModule,
  CustomersModule,
  ContractsModule,
  DirectoryModule,
  TicketsModule,
  ReadYourWritesModule,
  TicketQueriesModule,
  AuditModule,
  ArchiveModule,
  ReportsModule,
  DisputesModule,
  NotificationsModule,
  LiveEventsModule,
  WatchmanModule,
  KnowledgeModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, store: EventStore, extraImports: ModuleImport[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        MetricsModule,
        ClockModule,
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(store),
        CommandHandlingModule,
        ProjectionStatusModule,
        ...CAPABILITIES,
        ...extraImports,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: WellFormedTextPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
