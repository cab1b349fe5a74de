import type { Warranty } from '../contract/warranty.js';
import type { Severity } from '../shared/severity.js';
import type { TicketStatus } from '../ticket/ticket-status.js';
import type {
  Channel,
  EscalationReason,
  ResponseMode,
  TicketKind,
  Urgency,
} from '../ticket/ticket-values.js';
import type { Word } from './word.js';

/** Statuses of a ticket (TICKET_STATUSES). */
export const STATUS_WORDS: Readonly<Record<TicketStatus, Word>> = {
  reported: { zh: '已报障', en: 'Reported' },
  responded: { zh: '已响应', en: 'Responded' },
  dispatched: { zh: '已派工', en: 'Dispatched' },
  on_site: { zh: '已到场', en: 'On site' },
  resolved: { zh: '已解决', en: 'Resolved' },
  confirmed: { zh: '客户已确认', en: 'Confirmed' },
  closed: { zh: '已关闭', en: 'Closed' },
  reopened: { zh: '已重开', en: 'Reopened' },
};

/** Fault severity (故障级别). */
export const SEVERITY_WORDS: Readonly<Record<Severity, Word>> = {
  1: { zh: '一级', en: 'Level 1' },
  2: { zh: '二级', en: 'Level 2' },
  3: { zh: '三级', en: 'Level 3' },
  4: { zh: '四级', en: 'Level 4' },
};

/** A: normal request / B: complaint (投诉). */
export const KIND_WORDS: Readonly<Record<TicketKind, Word>> = {
  request: { zh: 'A 一般请求', en: 'A request' },
  complaint: { zh: 'B 投诉', en: 'B complaint' },
};

/** The customer's urgency: A 一般 / B 紧迫 / C 非常紧迫. */
export const URGENCY_WORDS: Readonly<Record<Urgency, Word>> = {
  normal: { zh: 'A 一般', en: 'A normal' },
  urgent: { zh: 'B 紧迫', en: 'B urgent' },
  very_urgent: { zh: 'C 非常紧迫', en: 'C very urgent' },
};

/** How a fault reached the desk. */
export const CHANNEL_WORDS: Readonly<Record<Channel, Word>> = {
  hotline: { zh: '热线电话', en: 'Hotline' },
  email: { zh: '电子邮件', en: 'E-mail' },
  fax: { zh: '传真', en: 'Fax' },
  web: { zh: '网页', en: 'Web' },
  onsite: { zh: '现场', en: 'On site' },
  monitoring: { zh: '监控告警', en: 'Monitoring' },
};

/** Response modes (响应方式). */
export const RESPONSE_MODE_WORDS: Readonly<Record<ResponseMode, Word>> = {
  guided: { zh: '指导性响应', en: 'Guided' },
  remote: { zh: '远程响应', en: 'Remote' },
  onsite: { zh: '现场响应', en: 'On site' },
};

/** Why a problem was escalated (问题升级). */
export const ESCALATION_REASON_WORDS: Readonly<Record<EscalationReason, Word>> = {
  response_overdue: { zh: '响应超时', en: 'Response overdue' },
  onsite_overdue: { zh: '到场超时', en: 'On-site overdue' },
  resolution_overdue: { zh: '解决超时', en: 'Resolution overdue' },
  solution_not_confirmed: { zh: '客户未确认解决', en: 'Fix not confirmed' },
  complaint: { zh: '客户投诉', en: 'Complaint' },
  manual: { zh: '人工升级', en: 'Manual' },
};

/** Which warranty applied when the fault was reported (质保期). */
export const WARRANTY_WORDS: Readonly<Record<Warranty, Word>> = {
  in_warranty: { zh: '质保期内', en: 'In warranty' },
  out_of_warranty: { zh: '质保期外', en: 'Out of warranty' },
};
