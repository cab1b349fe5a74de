import type { SlaTimerState } from '../sla/sla-timer.js';
import type { SlaWatchTimer } from '../ticket/ticket-values.js';
import type { Word } from './word.js';

/** The SLA timers, and the customer's confirmation of a fix that the watchman also guards. */
export const SLA_TIMER_WORDS: Readonly<Record<SlaWatchTimer, Word>> = {
  response: { zh: '响应', en: 'Response' },
  onSite: { zh: '到场', en: 'On site' },
  resolution: { zh: '解决', en: 'Resolution' },
  confirmation: { zh: '客户确认', en: 'Confirmation' },
};

/** The state of one SLA timer. */
export const SLA_TIMER_STATE_WORDS: Readonly<Record<SlaTimerState, Word>> = {
  running: { zh: '计时中', en: 'Running' },
  at_risk: { zh: '即将超时', en: 'At risk' },
  breached: { zh: '已超时', en: 'Breached' },
  met: { zh: '已达成', en: 'Met' },
  not_started: { zh: '未开始', en: 'Not started' },
};
