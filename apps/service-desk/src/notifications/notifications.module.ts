import { Module } from '@nestjs/common';

/** The outbox of notifications (GET /api/notifications), read marks, and delivery over channels. */
@Module({})
export class NotificationsModule {}
