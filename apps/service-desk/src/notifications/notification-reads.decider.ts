import {
  NOTIFICATION_READ,
  type NotificationReadData,
} from '#projections/read-models/notifications/notification-read.event.js';
import type { Decider } from '../command-handling/decider.js';

export interface MarkNotificationRead {
  notificationId: string;
  userId: string;
  readAt: string;
}

export type NotificationReadEvent = { type: typeof NOTIFICATION_READ; data: NotificationReadData };

/** The notifications one user has read. */
export type NotificationReadsState = Set<string>;

/** A user's read marks: reading a notification twice records it once. */
export const notificationReadsDecider: Decider<
  MarkNotificationRead,
  NotificationReadEvent,
  NotificationReadsState
> = {
  initialState: () => new Set<string>(),
  evolve: (state, event) => state.add(event.data.notificationId),
  decide: (command, state) =>
    state.has(command.notificationId) ? [] : [{ type: NOTIFICATION_READ, data: { ...command } }],
};
