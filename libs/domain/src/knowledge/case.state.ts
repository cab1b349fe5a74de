import type { Product } from '../shared/product.js';
import type { CaseEvent, CaseText } from './case.events.js';

export interface KbCase extends CaseText {
  status: 'published';
  caseId: string;
  ticketId: string;
  product: Product;
  revisions: number;
}

export type CaseState = { status: 'not_published' } | KbCase;

export const initialCaseState = (): CaseState => ({ status: 'not_published' });

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  const { symptom, cause, fix, category } = event.data;
  switch (event.type) {
    case 'CasePublished':
      return {
        status: 'published',
        caseId: event.data.caseId,
        ticketId: event.data.ticketId,
        product: event.data.product,
        symptom,
        cause,
        fix,
        category,
        revisions: 0,
      };
    case 'CaseRevised':
      if (state.status !== 'published') return state;
      return { ...state, symptom, cause, fix, category, revisions: state.revisions + 1 };
  }
}
