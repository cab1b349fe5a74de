import { EVENT_TYPE_WORDS } from '../../i18n/event-type-words';
import { PHASE_WORDS, STATUS_WORDS } from '../../i18n/ticket-words';

type Words = Record<string, { zh: string; en: string }>;

/** Fields whose codes a form shows as words (by path): the status, the phase, the 事项 of the history. */
export const FORM_WORDS: Record<string, Words> = {
  status: STATUS_WORDS,
  phase: PHASE_WORDS,
  'history.action': EVENT_TYPE_WORDS,
};
