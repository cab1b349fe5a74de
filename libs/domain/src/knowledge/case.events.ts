import type { Product } from '../shared/product.js';

/** The text of a case: what the customer saw, why, and what fixed it. */
export interface CaseText {
  symptom: string;
  cause: string;
  fix: string;
  category: string;
}

/** A resolved ticket published to the knowledge base as a case (案例). */
export interface CasePublishedData extends CaseText {
  caseId: string;
  ticketId: string;
  product: Product;
  publishedBy: string;
  publishedAt: string;
}

/** New text of a case, with the reason; the earlier text stays in the stream. */
export interface CaseRevisedData extends CaseText {
  caseId: string;
  reason: string;
  revisedBy: string;
  revisedAt: string;
}

export type CaseEvent =
  { type: 'CasePublished'; data: CasePublishedData } | { type: 'CaseRevised'; data: CaseRevisedData };

export const CASE_EVENT_TYPES = ['CasePublished', 'CaseRevised'] as const;
