import { PHASE_WORDS, STATUS_WORDS } from '../../i18n/ticket-words';

type Words = Record<string, { zh: string; en: string }>;

/** The events a service record's 处理记录 lists (事项), in the form's words. */
const ACTION_WORDS: Words = {
  FaultReported: { zh: '报障', en: 'Fault reported' },
  Responded: { zh: '响应', en: 'Responded' },
  DispatchedOnSite: { zh: '派工赴现场', en: 'Dispatched on site' },
  ArrivedOnSite: { zh: '到达现场', en: 'Arrived on site' },
  Resolved: { zh: '解决', en: 'Resolved' },
  ResolutionConfirmed: { zh: '客户确认解决', en: 'Fix confirmed' },
  ResolutionRejected: { zh: '客户未确认解决', en: 'Fix rejected' },
  Escalated: { zh: '升级', en: 'Escalated' },
  SeverityChanged: { zh: '变更故障级别', en: 'Severity changed' },
  Assigned: { zh: '指派', en: 'Assigned' },
  SupervisionNoted: { zh: '督办', en: 'Supervision note' },
  Closed: { zh: '关闭', en: 'Closed' },
  Reopened: { zh: '重开', en: 'Reopened' },
  SatisfactionRecorded: { zh: '满意度调查', en: 'Survey recorded' },
};

/** Fields whose codes a form shows as words (by path): the status, the phase, the 事项 of the history. */
export const FORM_WORDS: Record<string, Words> = {
  status: STATUS_WORDS,
  phase: PHASE_WORDS,
  'history.action': ACTION_WORDS,
};
