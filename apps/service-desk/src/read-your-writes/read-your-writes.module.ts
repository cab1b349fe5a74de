import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { AfterQueryOpenApi } from './after-query.openapi.js';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor.js';

/** `?after=<position>` on every GET: wait (bounded) for the read models, 503 when they lag behind. */
@Module({
  imports: [DiscoveryModule],
  providers: [AfterQueryOpenApi, { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor }],
})
export class ReadYourWritesModule {}
