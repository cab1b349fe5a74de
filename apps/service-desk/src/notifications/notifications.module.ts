import { Module } from '@nestjs/common';
import { AppConfig } from '#service-config';
import { MarkNotificationReadHandler } from './mark-notification-read.command.js';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel.js';
import { NotificationReader } from './notification-reader.js';
import { NotificationRecipients } from './notification-recipients.js';
import { NotificationsController } from './notifications.controller.js';
import { DeliveryLog } from './webhook/delivery-log.js';
import { NotificationDispatcher } from './webhook/notification-dispatcher.js';
import { webhookSettings } from './webhook/webhook-config.js';
import { WebhookChannel } from './webhook/webhook.channel.js';

/** The channels configured: the webhook when WEBHOOK_URL is set (e-mail or SMS would join here). */
function channelsFrom(config: AppConfig): NotificationChannel[] {
  const webhook = webhookSettings(config);
  return webhook ? [new WebhookChannel(webhook)] : [];
}

/**
 * The outbox of notifications (GET /api/notifications), per-user read marks, and delivery of each
 * notification over the configured channels with a log of attempts (GET /api/notifications/deliveries).
 */
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationReader,
    NotificationRecipients,
    MarkNotificationReadHandler,
    DeliveryLog,
    NotificationDispatcher,
    { provide: NOTIFICATION_CHANNELS, useFactory: channelsFrom, inject: [AppConfig] },
  ],
  exports: [NotificationReader, NotificationRecipients],
})
export class NotificationsModule {}
