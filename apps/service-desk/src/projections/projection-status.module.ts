import { Global, Module } from '@nestjs/common';
import { ReadModels } from './projection-host.provider.js';
import { ProjectionStatusRegistry } from './projection-status.registry.js';

/** The read models of the service and the registry through which /health sees their progress. */
@Global()
@Module({
  providers: [ProjectionStatusRegistry, ReadModels],
  exports: [ProjectionStatusRegistry, ReadModels],
})
export class ProjectionStatusModule {}
