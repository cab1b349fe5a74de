/** What a notification is about. */
export const NOTIFICATION_KINDS = [
  'sla_at_risk',
  'escalated',
  'complaint_reported',
  'level1_reported',
  'service_plan_missed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One row per (notification, recipient): the outbox of warnings, escalations, urgent reports and
 * missed service-plan periods (about a contract, not a ticket).
 * `recipient` is a user id or a role name; a role is resolved when someone asks (every active user
 * holding it sees the row), never copied into user lists.
 */
export interface NotificationRow {
  /** Deterministic: a UUID derived from the event id and the recipient. */
  id: string;
  /** Global position of the event that caused it (newest first = highest first). */
  position: number;
  event_id: string;
  recipient: string;
  /** 'role' when `recipient` names a role, 'user' when it is a user id. */
  recipient_kind: 'role' | 'user';
  /** The ticket it is about; null for a contract's notification (service_plan_missed). */
  ticket_id: string | null;
  service_no: string | null;
  /** The ticket's (or the contract's) customer organisation, when known. */
  customer_id: string | null;
  /** The contract it is about (service_plan_missed); null for a ticket's notification. */
  contract_id: string | null;
  /** service_plan_missed: the month 'YYYY-MM' (inspection) or quarter 'YYYY-Qn' (revisit). */
  period: string | null;
  kind: NotificationKind;
  /** SLA timer at risk (sla_at_risk). */
  timer: string | null;
  /** Escalation reason (escalated); 'inspection' or 'revisit' (service_plan_missed). */
  reason: string | null;
  /** Escalation level (escalated). */
  level: number | null;
  /** The deadline the notification is about, ISO in the ticket's (or contract's) zone. */
  due_at: string | null;
  /** recordedAt of the event, and as epoch ms. */
  created_at: string;
  created_ms: number;
  text_zh: string;
  text_en: string;
}

/** What the notifications need to know of a ticket, from its FaultReported. */
export interface NotificationTicketRow {
  ticket_id: string;
  service_no: string;
  customer_id: string;
}

/** What the notifications need to know of a contract, from ContractRegistered and ContractAmended. */
export interface NotificationContractRow {
  contract_id: string;
  name: string;
  customer_id: string;
}

/** One user has read one notification (from NotificationRead on `notification-reads-<userId>`). */
export interface NotificationReadRow {
  user_id: string;
  notification_id: string;
  read_at: string;
  position: number;
}

export interface NotificationsDb {
  notifications: NotificationRow;
  notification_tickets: NotificationTicketRow;
  notification_contracts: NotificationContractRow;
  notification_reads: NotificationReadRow;
}
