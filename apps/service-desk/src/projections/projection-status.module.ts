import { Global, Module } from '@nestjs/common';
import { ProjectionStatusRegistry } from './projection-status.registry.js';

/** Makes the ProjectionStatusRegistry (one per application) injectable everywhere. */
@Global()
@Module({
  providers: [ProjectionStatusRegistry],
  exports: [ProjectionStatusRegistry],
})
export class ProjectionStatusModule {}
