import type { CommandStamp } from '../shared/command-stamp.js';
import type { Product } from '../shared/product.js';
import type { TicketStatus } from '../ticket/ticket-status.js';

/**
 * Commands of a case. PublishCase carries the ticket's status as the caller found it by folding
 * the ticket's stream: only a resolved ticket becomes a case.
 */
export type CaseCommand =
  | ({ type: 'PublishCase'; data: PublishCaseData } & CommandStamp)
  | ({ type: 'ReviseCase'; data: ReviseCaseData } & CommandStamp);

export interface PublishCaseData {
  caseId: string;
  ticketId: string;
  ticketStatus: TicketStatus | 'not_reported';
  symptom: string;
  cause: string;
  fix: string;
  category: string;
  product: Product;
}

export interface ReviseCaseData {
  caseId: string;
  symptom?: string;
  cause?: string;
  fix?: string;
  category?: string;
  reason: string;
}
