/** Value types of a ticket, as they appear in commands and events. */

export const CHANNELS = ['hotline', 'email', 'fax', 'web', 'onsite', 'monitoring'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A: normal request / B: complaint (投诉). */
export const TICKET_KINDS = ['request', 'complaint'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

/** A 一般 / B 紧迫 / C 非常紧迫: given by the customer, kept apart from severity. */
export const URGENCIES = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** 指导性 / 远程 / 现场. */
export const RESPONSE_MODES = ['guided', 'remote', 'onsite'] as const;
export type ResponseMode = (typeof RESPONSE_MODES)[number];

export const ESCALATION_REASONS = [
  'response_overdue',
  'onsite_overdue',
  'resolution_overdue',
  'solution_not_confirmed',
  'complaint',
  'manual',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** The deadlines the SLA watchman guards: the three SLA timers and the customer's confirmation of a fix. */
export const SLA_WATCH_TIMERS = ['response', 'onSite', 'resolution', 'confirmation'] as const;
export type SlaWatchTimer = (typeof SLA_WATCH_TIMERS)[number];

/** 1: the service manager; 2: headquarters. */
export const ESCALATION_LEVELS = [1, 2] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface Reporter {
  name: string;
  phone?: string;
  email?: string;
  fax?: string;
}

export type { Product } from '../shared/product.js';
export type { Warranty } from '../contract/warranty.js';

export {
  SATISFACTION_ITEMS,
  type SatisfactionItem,
  type SatisfactionScores,
} from '../shared/satisfaction.js';
