import type { Decider } from '../shared/decider.js';

/** Read state is per user: each user's reads are a stream of their own. */
export const notificationReadsStream = (userId: string): string => `notification-reads-${userId}`;

export interface NotificationReadData {
  notificationId: string;
  userId: string;
  readAt: string;
}
export type MarkNotificationRead = { type: 'MarkNotificationRead'; data: NotificationReadData };
export type NotificationRead = { type: 'NotificationRead'; data: NotificationReadData };
/** The notifications one user has read. */
export type NotificationReadsState = Set<string>;

/** A user's read marks: reading a notification twice records it once. */
export const notificationReadsDecider: Decider<
  MarkNotificationRead,
  NotificationRead,
  NotificationReadsState
> = {
  initialState: () => new Set<string>(),
  // Adds in place: each fold starts from a fresh initialState, and a user may have read thousands.
  evolve: (state, event) => state.add(event.data.notificationId),
  decide: ({ data }, state) =>
    state.has(data.notificationId) ? [] : [{ type: 'NotificationRead', data: { ...data } }],
};
