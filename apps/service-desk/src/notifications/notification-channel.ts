import type { NotificationDto } from './notification.dto.js';

/** What a delivery channel is given: the notification as its recipient would read it, minus read state. */
export type OutgoingNotification = Omit<NotificationDto, 'read' | 'readAt'>;

/** How one attempt went: delivered, worth retrying later, or refused for good. */
export interface DeliveryAttempt {
  outcome: 'delivered' | 'retry' | 'rejected';
  /** The HTTP status (or the channel's own code) when the other side answered. */
  statusCode?: number;
  /** Why it failed, when it did without an answer (network error, timeout). */
  error?: string;
}

/**
 * The port every delivery channel implements (webhook now; e-mail and SMS would be adapters too).
 * The dispatcher gives each notification to each channel's endpoint once, retrying as told.
 */
export interface NotificationChannel {
  /** Kind of channel, e.g. 'webhook'. */
  readonly kind: string;
  /** Where it delivers, shown in the delivery log (no credentials); deliveries are once per endpoint. */
  readonly endpoint: string;
  deliver(notification: OutgoingNotification): Promise<DeliveryAttempt>;
}

/** Injection token of the configured channels (an array, possibly empty). */
export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
