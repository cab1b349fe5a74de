import {
  ESCALATION_REASON_WORDS as DOMAIN_ESCALATION_REASON_WORDS,
  IMPLEMENTATION_PHASES,
  SATISFACTION_ITEMS,
  SLA_TIMER_STATE_WORDS,
  SLA_TIMER_WORDS,
  TICKET_STATUSES,
  wordFor,
  type Word,
} from '@domain';
import type { Language } from './language';

type Words = Readonly<Record<string, Word>>;

/** The domain's words (libs/domain/src/vocabulary): statuses, severities, kinds and the rest. */
export {
  CHANNEL_WORDS,
  KIND_WORDS,
  PHASE_WORDS,
  RESPONSE_MODE_WORDS,
  SATISFACTION_ITEM_WORDS,
  SEVERITY_WORDS,
  STATUS_WORDS,
  URGENCY_WORDS,
  WARRANTY_WORDS,
} from '@domain';

/** The escalation reasons, and the watchman's level 2 for an escalation nobody answered. */
export const ESCALATION_REASON_WORDS: Words = {
  ...DOMAIN_ESCALATION_REASON_WORDS,
  unanswered: { zh: '升级未答复', en: 'Escalation unanswered' },
};

/** The SLA timers and their states. */
export const TIMER_WORDS: Words = SLA_TIMER_WORDS;

/** The states of a timer, and `paused`, which the board sorts and filters by. */
export const SLA_STATE_WORDS: Words = { ...SLA_TIMER_STATE_WORDS, paused: { zh: '暂停', en: 'Paused' } };

/** The word for `value` in `language`; the value itself when the table has no entry. */
export function word(words: Words, value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return wordFor(words, value)[language];
}

/** The domain's own lists, in its order: the survey's items, the phases, the statuses. */
export { IMPLEMENTATION_PHASES, SATISFACTION_ITEMS, TICKET_STATUSES };
