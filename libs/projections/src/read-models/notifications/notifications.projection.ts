import type { Transaction } from 'kysely';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';
import { NOTIFICATION_READ } from './notification-read.event.js';
import { notificationId } from './notification-id.js';
import { notificationText } from './notification-texts.js';
import { NOTIFYING_EVENTS, notificationsOf } from './notifications-of.js';
import { createNotificationsSchema } from './notifications.schema.js';
import type { NotificationsDb } from './notifications.tables.js';

/**
 * notifications: the outbox. One row per (notification, recipient) from SlaAtRisk, Escalated and
 * urgent FaultReported (complaint or severity 1), and who has read which (NotificationRead on the
 * per-user streams). It serves GET /api/notifications, the live event stream and the webhook
 * dispatcher; like every read model it can be rebuilt from position 0 with the same rows.
 */
export const notificationsProjection: Projection<NotificationsDb> = {
  name: 'notifications',
  /** v2: an escalation addressed to a user by id reads "escalated to you". */
  version: 2,
  handles: new Set<string>([...NOTIFYING_EVENTS, NOTIFICATION_READ]),
  createSchema: createNotificationsSchema,
  async apply(trx, event) {
    if (event.type === NOTIFICATION_READ) return markRead(trx, event);
    if (event.type === 'FaultReported') await rememberTicket(trx, event);
    const drafts = notificationsOf(event.type, event.data);
    if (drafts.length === 0) return;
    const ticket = await trx
      .selectFrom('notification_tickets')
      .selectAll()
      .where('ticket_id', '=', drafts[0].ticketId)
      .executeTakeFirst();
    const rows = drafts.map((draft) => {
      const text = notificationText(draft, ticket?.service_no ?? null);
      return {
        id: notificationId(event.id, draft.recipient),
        position: Number(event.position),
        event_id: event.id,
        recipient: draft.recipient,
        recipient_kind: draft.recipientKind,
        ticket_id: draft.ticketId,
        service_no: ticket?.service_no ?? null,
        customer_id: ticket?.customer_id ?? null,
        kind: draft.kind,
        timer: draft.timer,
        reason: draft.reason,
        level: draft.level,
        due_at: draft.dueAt,
        created_at: event.metadata.recordedAt,
        created_ms: Date.parse(event.metadata.recordedAt),
        text_zh: text.zh,
        text_en: text.en,
      };
    });
    await trx
      .insertInto('notifications')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  },
};

async function rememberTicket(trx: Transaction<NotificationsDb>, event: RecordedEvent): Promise<void> {
  const { ticketId, serviceNo, customerId } = event.data;
  if (typeof ticketId !== 'string' || typeof serviceNo !== 'string' || typeof customerId !== 'string') return;
  await trx
    .insertInto('notification_tickets')
    .values({ ticket_id: ticketId, service_no: serviceNo, customer_id: customerId })
    .onConflict((oc) => oc.column('ticket_id').doNothing())
    .execute();
}

async function markRead(trx: Transaction<NotificationsDb>, event: RecordedEvent): Promise<void> {
  const { notificationId: id, userId, readAt } = event.data;
  if (typeof id !== 'string' || typeof userId !== 'string' || typeof readAt !== 'string') return;
  await trx
    .insertInto('notification_reads')
    .values({ user_id: userId, notification_id: id, read_at: readAt, position: Number(event.position) })
    .onConflict((oc) => oc.columns(['user_id', 'notification_id']).doNothing())
    .execute();
}
