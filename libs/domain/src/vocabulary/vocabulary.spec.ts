import {
  CASE_EVENT_TYPES,
  CHANNEL_WORDS,
  CHANNELS,
  ESCALATION_LEVEL_ROLES,
  ESCALATION_REASON_WORDS,
  ESCALATION_REASONS,
  EVENT_TYPE_WORDS,
  IMPLEMENTATION_PHASES,
  KIND_WORDS,
  LOGGED_EVENT_TYPES,
  PHASE_WORDS,
  PLAYBOOK_EVENT_TYPES,
  RESPONSE_MODE_WORDS,
  RESPONSE_MODES,
  ROLE_WORDS,
  ROLES,
  SATISFACTION_ITEM_WORDS,
  SATISFACTION_ITEMS,
  SERVICE_PLAN_KIND_WORDS,
  SERVICE_PLAN_KINDS,
  SEVERITIES,
  SEVERITY_WORDS,
  SLA_TIMER_STATE_WORDS,
  SLA_TIMER_WORDS,
  SLA_WATCH_TIMERS,
  STATUS_WORDS,
  SYSTEM_ROLE,
  TICKET_EVENT_TYPES,
  TICKET_KINDS,
  TICKET_STATUS_AFTER,
  TICKET_STATUSES,
  URGENCIES,
  URGENCY_WORDS,
  WARRANTY_WORDS,
  inSentence,
  isRole,
  wordFor,
  type Word,
} from '#domain';

/** Each list of the domain's values beside the words for it. */
const VOCABULARY: [string, readonly (string | number)[], Readonly<Record<string, Word>>][] = [
  ['ticket statuses', TICKET_STATUSES, STATUS_WORDS],
  ['severities', SEVERITIES, SEVERITY_WORDS],
  ['ticket kinds', TICKET_KINDS, KIND_WORDS],
  ['urgencies', URGENCIES, URGENCY_WORDS],
  ['channels', CHANNELS, CHANNEL_WORDS],
  ['response modes', RESPONSE_MODES, RESPONSE_MODE_WORDS],
  ['escalation reasons', ESCALATION_REASONS, ESCALATION_REASON_WORDS],
  ['SLA timers', SLA_WATCH_TIMERS, SLA_TIMER_WORDS],
  ['roles', [...ROLES, SYSTEM_ROLE], ROLE_WORDS],
  ['satisfaction survey items', SATISFACTION_ITEMS, SATISFACTION_ITEM_WORDS],
  ['implementation phases', IMPLEMENTATION_PHASES, PHASE_WORDS],
  ['service-plan visits', SERVICE_PLAN_KINDS, SERVICE_PLAN_KIND_WORDS],
  ['logged event types', LOGGED_EVENT_TYPES, EVENT_TYPE_WORDS],
];

const spoken = (w: Word | undefined) => w !== undefined && w.zh.trim() !== '' && w.en.trim() !== '';

describe('the vocabulary', () => {
  it.each(VOCABULARY)('has a Chinese and an English word for every one of the %s', (_, values, words) => {
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => !spoken(words[String(value)]))).toEqual([]);
  });

  it.each(VOCABULARY)('has words for no value the %s lack, each word told apart', (_, values, words) => {
    expect(Object.keys(words).sort()).toEqual(values.map(String).sort());
    expect(new Set(Object.values(words).map((w) => w.zh)).size).toBe(values.length);
    expect(new Set(Object.values(words).map((w) => w.en)).size).toBe(values.length);
  });

  it('names every event type the timeline shows: those of tickets, cases and playbooks among them', () => {
    for (const type of [...TICKET_EVENT_TYPES, ...CASE_EVENT_TYPES, ...PLAYBOOK_EVENT_TYPES]) {
      expect(LOGGED_EVENT_TYPES).toContain(type);
      expect(spoken(EVENT_TYPE_WORDS[type])).toBe(true);
    }
  });

  it('has a word for every state of an SLA timer and for both warranties', () => {
    for (const words of [SLA_TIMER_STATE_WORDS, WARRANTY_WORDS]) {
      expect(Object.values(words).every(spoken)).toBe(true);
    }
  });

  it('sends each escalation level to a role it has words for', () => {
    expect(
      Object.values(ESCALATION_LEVEL_ROLES).every((role) => isRole(role) && spoken(ROLE_WORDS[role])),
    ).toBe(true);
  });

  it('leads every status-changing event to a status it has words for', () => {
    const statuses = Object.values(TICKET_STATUS_AFTER);
    expect(statuses.filter((status) => !spoken(STATUS_WORDS[status]))).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set(TICKET_STATUSES));
  });

  it('gives a value it has no word for as itself, in both languages', () => {
    expect(wordFor(STATUS_WORDS, 'on_site')).toEqual({ zh: '已到场', en: 'On site' });
    expect(wordFor(SEVERITY_WORDS, 2)).toEqual({ zh: '二级', en: 'Level 2' });
    expect(wordFor(STATUS_WORDS, 'toString')).toEqual({ zh: 'toString', en: 'toString' });
    expect(wordFor(STATUS_WORDS, null)).toEqual({ zh: 'null', en: 'null' });
  });

  it('puts a word inside an English sentence by lowering its first letter only', () => {
    expect(inSentence({ zh: '一级', en: 'Level 1' })).toEqual({ zh: '一级', en: 'level 1' });
    expect(inSentence({ zh: '', en: '' })).toEqual({ zh: '', en: '' });
  });
});
