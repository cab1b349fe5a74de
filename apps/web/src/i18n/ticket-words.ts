import {
  IMPLEMENTATION_PHASES,
  SATISFACTION_ITEMS,
  TICKET_STATUSES,
  type ImplementationPhase,
  type SatisfactionItem,
  type TicketStatus,
} from '@domain';
import type { Language } from './language';

type Word = { zh: string; en: string };
type Words = Record<string, Word>;

/** Statuses of a ticket (libs/domain TICKET_STATUSES). */
export const STATUS_WORDS: Record<TicketStatus, Word> = {
  reported: { zh: '已报障', en: 'Reported' },
  responded: { zh: '已响应', en: 'Responded' },
  dispatched: { zh: '已派工', en: 'Dispatched' },
  on_site: { zh: '已到场', en: 'On site' },
  resolved: { zh: '已解决', en: 'Resolved' },
  confirmed: { zh: '客户已确认', en: 'Confirmed' },
  closed: { zh: '已关闭', en: 'Closed' },
  reopened: { zh: '已重开', en: 'Reopened' },
};

export const SEVERITY_WORDS: Words = {
  '1': { zh: '一级', en: 'Level 1' },
  '2': { zh: '二级', en: 'Level 2' },
  '3': { zh: '三级', en: 'Level 3' },
  '4': { zh: '四级', en: 'Level 4' },
};

export const KIND_WORDS: Words = {
  request: { zh: 'A 一般请求', en: 'A request' },
  complaint: { zh: 'B 投诉', en: 'B complaint' },
};

export const URGENCY_WORDS: Words = {
  normal: { zh: 'A 一般', en: 'A normal' },
  urgent: { zh: 'B 紧迫', en: 'B urgent' },
  very_urgent: { zh: 'C 非常紧迫', en: 'C very urgent' },
};

export const CHANNEL_WORDS: Words = {
  hotline: { zh: '热线电话', en: 'Hotline' },
  email: { zh: '电子邮件', en: 'E-mail' },
  fax: { zh: '传真', en: 'Fax' },
  web: { zh: '网页', en: 'Web' },
  onsite: { zh: '现场', en: 'On site' },
  monitoring: { zh: '监控告警', en: 'Monitoring' },
};

export const RESPONSE_MODE_WORDS: Words = {
  guided: { zh: '指导性响应', en: 'Guided' },
  remote: { zh: '远程响应', en: 'Remote' },
  onsite: { zh: '现场响应', en: 'On site' },
};

export const ESCALATION_REASON_WORDS: Words = {
  response_overdue: { zh: '响应超时', en: 'Response overdue' },
  onsite_overdue: { zh: '到场超时', en: 'On-site overdue' },
  resolution_overdue: { zh: '解决超时', en: 'Resolution overdue' },
  solution_not_confirmed: { zh: '客户未确认解决', en: 'Fix not confirmed' },
  complaint: { zh: '客户投诉', en: 'Complaint' },
  manual: { zh: '人工升级', en: 'Manual' },
  unanswered: { zh: '升级未答复', en: 'Escalation unanswered' },
};

/** The SLA timers and their states. */
export const TIMER_WORDS: Words = {
  response: { zh: '响应', en: 'Response' },
  onSite: { zh: '到场', en: 'On site' },
  resolution: { zh: '解决', en: 'Resolution' },
  confirmation: { zh: '客户确认', en: 'Confirmation' },
};

export const SLA_STATE_WORDS: Words = {
  running: { zh: '计时中', en: 'Running' },
  at_risk: { zh: '即将超时', en: 'At risk' },
  breached: { zh: '已超时', en: 'Breached' },
  met: { zh: '已达成', en: 'Met' },
  paused: { zh: '暂停', en: 'Paused' },
  not_started: { zh: '未开始', en: 'Not started' },
};

/** The items of the satisfaction survey (客户满意度调查表), as the paper form names them. */
export const SATISFACTION_ITEM_WORDS: Record<SatisfactionItem, Word> = {
  productFunction: { zh: '产品功能', en: 'Product function' },
  packagingAndManuals: { zh: '产品包装及手册', en: 'Packaging and manuals' },
  systemQuality: { zh: '系统质量', en: 'System quality' },
  onTimeDelivery: { zh: '按时交货', en: 'On-time delivery' },
  installationOnTime: { zh: '安装集成及时性', en: 'Installation on time' },
  installationQuality: { zh: '安装质量', en: 'Installation quality' },
  engineerTechnicalAbility: { zh: '工程师技术能力', en: "Engineer's technical ability" },
  engineerProfessionalism: { zh: '工程师职业素养', en: "Engineer's professionalism" },
  engineerAttitude: { zh: '工程师服务态度', en: "Engineer's attitude" },
  trainingEffect: { zh: '培训效果', en: 'Training effect' },
  userManualUsefulness: { zh: '用户手册实用性', en: 'Usefulness of the manual' },
  numberOfContacts: { zh: '联系次数', en: 'Number of contacts' },
  responseTime: { zh: '维护请求响应时间', en: 'Response to maintenance requests' },
  maintenanceQuality: { zh: '维护质量', en: 'Quality of maintenance' },
  overall: { zh: '总体评价', en: 'Overall' },
};

export const PHASE_WORDS: Record<ImplementationPhase, Word> = {
  requirements: { zh: '需求调研', en: 'Requirements' },
  installation: { zh: '安装调试', en: 'Installation' },
  training: { zh: '培训', en: 'Training' },
  trial_run: { zh: '试运行', en: 'Trial run' },
  acceptance: { zh: '验收', en: 'Acceptance' },
  maintenance: { zh: '运维', en: 'Maintenance' },
};

export const WARRANTY_WORDS: Words = {
  in_warranty: { zh: '质保期内', en: 'In warranty' },
  out_of_warranty: { zh: '质保期外', en: 'Out of warranty' },
};

/** The word for `value` in `language`; the value itself when the table has no entry. */
export function word(words: Words, value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return words[String(value)]?.[language] ?? String(value);
}

/** The domain's own lists, in its order: the survey's items, the phases, the statuses. */
export { IMPLEMENTATION_PHASES, SATISFACTION_ITEMS, TICKET_STATUSES };
