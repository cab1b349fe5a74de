import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { LiveConnections } from './live-connections.js';
import { LiveEventsController } from './live-events.controller.js';
import { StreamCallers } from './stream-caller.js';
import { StreamTickets } from './stream-tickets.js';

/** GET /api/events/stream (and its tickets): server-sent events for desk screens, from the store's feed. */
@Module({
  imports: [NotificationsModule],
  controllers: [LiveEventsController],
  providers: [StreamCallers, StreamTickets, LiveConnections],
})
export class LiveEventsModule {}
