/** The event type that records that one user has read one notification. */
export const NOTIFICATION_READ = 'NotificationRead';

/** Read state is per user: each user's reads are a stream of their own. */
export const notificationReadsStream = (userId: string) => `notification-reads-${userId}`;

export interface NotificationReadData {
  notificationId: string;
  userId: string;
  readAt: string;
}
