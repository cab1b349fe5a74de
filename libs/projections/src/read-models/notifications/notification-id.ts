import { v5 as uuidv5 } from 'uuid';

/** Namespace of notification ids; never change it, or ids (and webhook Idempotency-Keys) change. */
const NOTIFICATIONS_NAMESPACE = 'b3a7e0c4-5d21-4f8e-9a6b-1c2d3e4f5a60';

/** The id of the notification an event gives one recipient: the same on every replay and rebuild. */
export function notificationId(eventId: string, recipient: string): string {
  return uuidv5(`${eventId}\u001f${recipient}`, NOTIFICATIONS_NAMESPACE);
}
