import type { NotificationRow } from '#projections';
import type { NotificationDto } from './notification.dto.js';
import type { OutgoingNotification } from './notification-channel.js';

/** A row of the outbox as the API shows it to one reader (read_at: that reader's read mark). */
export function notificationFromRow(row: NotificationRow & { read_at: string | null }): NotificationDto {
  return { ...outgoingNotification(row), read: row.read_at !== null, readAt: row.read_at };
}

/** A row of the outbox as a delivery channel sends it. */
export function outgoingNotification(row: NotificationRow): OutgoingNotification {
  return {
    id: row.id,
    kind: row.kind,
    ticketId: row.ticket_id,
    serviceNo: row.service_no,
    contractId: row.contract_id,
    period: row.period,
    recipient: row.recipient,
    timer: row.timer,
    reason: row.reason,
    level: row.level,
    dueAt: row.due_at,
    createdAt: row.created_at,
    position: String(row.position),
    text: { zh: row.text_zh, en: row.text_en },
  };
}
