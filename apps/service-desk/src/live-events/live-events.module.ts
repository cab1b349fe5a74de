import { Module } from '@nestjs/common';

/** GET /api/events/stream: server-sent events for desk screens, from the store's feed. */
@Module({})
export class LiveEventsModule {}
