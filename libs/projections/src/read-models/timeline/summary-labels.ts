import {
  CHANNEL_WORDS as CHANNELS,
  ESCALATION_REASON_WORDS as REASONS,
  PHASE_WORDS as PHASES,
  RESPONSE_MODE_WORDS as MODES,
  ROLE_WORDS as ROLES,
  SERVICE_PLAN_KIND_WORDS,
  SEVERITY_WORDS as SEVERITIES,
  SLA_TIMER_WORDS as TIMERS,
  inSentence,
  type EscalationLevel,
  type EscalationReason,
  type ResponseMode,
  type SlaWatchTimer,
  type Word,
} from '#domain';

/*
 * The words of the summary lines and the notifications, as they stand inside a sentence. They are
 * the domain's (libs/domain/src/vocabulary); where a line says a thing in its own words (a
 * shorter channel, a predicate for a response), those words are written out here.
 */

/** Every word of a list as it stands inside a sentence ('Level 1' → 'level 1'). */
function inSentences<K extends string | number>(words: Readonly<Record<K, Word>>): Record<K, Word> {
  return Object.fromEntries(
    Object.entries<Word>(words).map(([key, word]) => [key, inSentence(word)]),
  ) as Record<K, Word>;
}

/** The actor's role; `scheduler`, the source of older watchman records, is the system too. */
export const ROLE_WORDS: Readonly<Record<string, Word>> = { ...ROLES, scheduler: ROLES.system };

export const SEVERITY_WORDS = inSentences(SEVERITIES);

const channels = inSentences(CHANNELS);
/** The channels, the hotline and monitoring in the lines' shorter words (热线, 监控). */
export const CHANNEL_WORDS: typeof channels = {
  ...channels,
  hotline: { ...channels.hotline, zh: '热线' },
  monitoring: { ...channels.monitoring, zh: '监控' },
};

/** A response as the line's predicate: what the engineer did. */
export const RESPONSE_WORDS: Readonly<Record<ResponseMode, Word>> = {
  guided: { zh: MODES.guided.zh, en: 'responded with guidance' },
  remote: { zh: MODES.remote.zh, en: 'responded remotely' },
  onsite: { zh: MODES.onsite.zh, en: 'responded on site' },
};

/** Whom an escalation of each level reaches (ESCALATION_LEVEL_ROLES). */
export const ESCALATION_TARGET_WORDS: Readonly<Record<EscalationLevel, Word>> = {
  1: { zh: ROLES.manager.zh, en: 'the service manager' },
  2: inSentence(ROLES.headquarters),
};

const reasons = inSentences(REASONS);
/** Why an escalation came, some in the lines' own words. */
export const ESCALATION_REASON_WORDS: Readonly<Record<EscalationReason, Word>> = {
  ...reasons,
  onsite_overdue: { ...reasons.onsite_overdue, en: 'on-site arrival overdue' },
  solution_not_confirmed: { zh: '解决方案未获确认', en: 'solution not confirmed' },
  complaint: { ...reasons.complaint, zh: '投诉' },
  manual: { ...reasons.manual, en: 'by hand' },
};

const timers = inSentences(TIMERS);
/** The SLA timers (and the customer's confirmation) whose deadline a warning names. */
export const SLA_TIMER_WORDS: Readonly<Record<SlaWatchTimer, Word>> = {
  ...timers,
  onSite: { ...timers.onSite, en: 'on-site arrival' },
  confirmation: { ...timers.confirmation, en: "customer's confirmation" },
};

/** The visit a missed service-plan period lacked. */
export const SERVICE_PLAN_VISIT_WORDS = inSentences(SERVICE_PLAN_KIND_WORDS);

/** Implementation phases (实施阶段) of the phase satisfaction survey. */
export const PHASE_WORDS = inSentences(PHASES);
