import type { Transaction } from 'kysely';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';

import { notificationId } from './notification-id.js';
import { notificationText } from './notification-texts.js';
import { NOTIFYING_EVENTS, notificationsOf } from './notifications-of.js';
import { createNotificationsSchema } from './notifications.schema.js';
import type { NotificationsDb } from './notifications.tables.js';

/** Contract events the outbox remembers the name and customer of a contract from. */
const CONTRACT_EVENTS = ['ContractRegistered', 'ContractAmended'] as const;

/**
 * notifications: the outbox. One row per (notification, recipient) from SlaAtRisk, Escalated,
 * urgent FaultReported (complaint or severity 1) and ServicePlanPeriodMissed (a contract's, with no
 * ticket), and who has read which (NotificationRead on the per-user streams). It serves GET /api/notifications, the live event stream and the webhook
 * dispatcher; like every read model it can be rebuilt from position 0 with the same rows.
 */
export const notificationsProjection: Projection<NotificationsDb> = {
  name: 'notifications',
  /**
   * v2: an escalation addressed to a user by id reads "escalated to you".
   * v3: missed service-plan periods (ticket_id nullable, contract_id and period; notification_contracts).
   */
  version: 3,
  handles: new Set<string>([...NOTIFYING_EVENTS, ...CONTRACT_EVENTS, 'NotificationRead']),
  createSchema: createNotificationsSchema,
  async apply(trx, event) {
    if (event.type === 'NotificationRead') return markRead(trx, event);
    if (event.type === 'ContractRegistered' || event.type === 'ContractAmended') {
      return rememberContract(trx, event);
    }
    if (event.type === 'FaultReported') await rememberTicket(trx, event);
    const drafts = notificationsOf(event.type, event.data);
    if (drafts.length === 0) return;
    const { ticketId, contractId } = drafts[0];
    const ticket =
      ticketId === null
        ? undefined
        : await trx
            .selectFrom('notification_tickets')
            .selectAll()
            .where('ticket_id', '=', ticketId)
            .executeTakeFirst();
    const contract =
      contractId === null
        ? undefined
        : await trx
            .selectFrom('notification_contracts')
            .selectAll()
            .where('contract_id', '=', contractId)
            .executeTakeFirst();
    const rows = drafts.map((draft) => {
      const text = notificationText(draft, ticket?.service_no ?? null, contract?.name ?? null);
      return {
        id: notificationId(event.id, draft.recipient),
        position: Number(event.position),
        event_id: event.id,
        recipient: draft.recipient,
        recipient_kind: draft.recipientKind,
        ticket_id: draft.ticketId,
        service_no: ticket?.service_no ?? null,
        customer_id: ticket?.customer_id ?? contract?.customer_id ?? null,
        contract_id: draft.contractId,
        period: draft.period,
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

async function rememberContract(trx: Transaction<NotificationsDb>, event: RecordedEvent): Promise<void> {
  const { contractId } = event.data;
  if (typeof contractId !== 'string') return;
  if (event.type === 'ContractRegistered') {
    const { name, customerId } = event.data;
    if (typeof name !== 'string' || typeof customerId !== 'string') return;
    await trx
      .insertInto('notification_contracts')
      .values({ contract_id: contractId, name, customer_id: customerId })
      .onConflict((oc) => oc.column('contract_id').doNothing())
      .execute();
    return;
  }
  const changes = event.data.changes as Record<string, unknown> | undefined;
  if (typeof changes?.name !== 'string') return;
  await trx
    .updateTable('notification_contracts')
    .set({ name: changes.name })
    .where('contract_id', '=', contractId)
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
