import { wordFor, type Word } from '#domain';
import {
  CHANNEL_WORDS,
  ESCALATION_REASON_WORDS,
  ESCALATION_TARGET_WORDS,
  PHASE_WORDS,
  RESPONSE_WORDS,
  ROLE_WORDS,
  SERVICE_PLAN_VISIT_WORDS,
  SEVERITY_WORDS,
  SLA_TIMER_WORDS,
} from './summary-labels.js';

type Data = Record<string, unknown>;
type Line = (d: Data) => Word;

const roles = (value: unknown): Word => {
  const list = Array.isArray(value) ? value.map((r) => wordFor(ROLE_WORDS, r)) : [];
  return { zh: list.map((w) => w.zh).join('、'), en: list.map((w) => w.en.toLowerCase()).join(', ') };
};

/**
 * What each event type did, as a predicate after the actor's role. Free texts (notes, reasons,
 * descriptions) and personal data (names, phones) never appear: a line is safe to show to every
 * role that may see the event.
 */
const LINES: Record<string, Line> = {
  FaultReported: (d) => {
    const s = wordFor(SEVERITY_WORDS, d.severity);
    const c = wordFor(CHANNEL_WORDS, d.channel);
    return {
      zh: `登记故障 ${String(d.serviceNo)}（${s.zh}，${c.zh}）`,
      en: `reported fault ${String(d.serviceNo)} (${s.en}, ${c.en})`,
    };
  },
  Responded: (d) => wordFor(RESPONSE_WORDS, d.mode),
  DispatchedOnSite: (d) => {
    const n = Array.isArray(d.engineerIds) ? d.engineerIds.length : 0;
    return { zh: `派工程师赴现场（${n} 人）`, en: `dispatched ${n} engineer${n === 1 ? '' : 's'} on site` };
  },
  ArrivedOnSite: () => ({ zh: '到达现场', en: 'arrived on site' }),
  Resolved: (d) => ({
    zh: `解决问题（类别：${String(d.category)}）`,
    en: `resolved the fault (category: ${String(d.category)})`,
  }),
  Escalated: (d) => {
    const to = wordFor(ESCALATION_TARGET_WORDS, d.level);
    const why = wordFor(ESCALATION_REASON_WORDS, d.reason);
    const auto = d.automatic === true;
    const late = d.recordedLate === true;
    return {
      zh: `将问题升级至${to.zh}（${why.zh}${auto ? '，自动' : ''}${late ? '，工单补录时已超时' : ''}）`,
      en: `escalated to ${to.en} (${why.en}${auto ? ', automatic' : ''}${late ? ', overdue when the ticket was recorded' : ''})`,
    };
  },
  ResolutionConfirmed: () => ({ zh: '确认问题已解决', en: 'confirmed the resolution' }),
  ResolutionRejected: () => ({
    zh: '拒绝解决方案，问题重新打开',
    en: 'rejected the resolution; the ticket is reopened',
  }),
  SupervisionNoted: (d) => ({
    zh: `记录督办（已解决 ${String(d.solvedPercent)}%）`,
    en: `noted supervision (${String(d.solvedPercent)}% solved)`,
  }),
  SeverityChanged: (d) => {
    const [from, to] = [wordFor(SEVERITY_WORDS, d.from), wordFor(SEVERITY_WORDS, d.to)];
    return {
      zh: `将故障级别由${from.zh}改为${to.zh}`,
      en: `changed the severity from ${from.en} to ${to.en}`,
    };
  },
  Assigned: () => ({ zh: '指派工程师', en: 'assigned an engineer' }),
  Closed: (d) =>
    d.confirmed === false
      ? { zh: '未经客户确认关闭工单', en: "closed the ticket without the customer's confirmation" }
      : { zh: '关闭工单', en: 'closed the ticket' },
  Reopened: () => ({ zh: '重新打开工单', en: 'reopened the ticket' }),
  SatisfactionRecorded: (d) => {
    const overall = (d.scores as Data | undefined)?.overall;
    return {
      zh: `记录满意度调查（总体 ${String(overall)} 分）`,
      en: `recorded the satisfaction survey (overall ${String(overall)})`,
    };
  },
  ReportTimeCorrected: (d) => ({
    zh: `更正报障时间：${String(d.previousReportedAt)} → ${String(d.reportedAt)}`,
    en: `corrected the report time from ${String(d.previousReportedAt)} to ${String(d.reportedAt)}`,
  }),
  SlaAtRisk: (d) => {
    const timer = wordFor(SLA_TIMER_WORDS, d.timer);
    return {
      zh: `预警：${timer.zh}期限将至（${String(d.dueAt)}）`,
      en: `warned that the ${timer.en} is at risk (due ${String(d.dueAt)})`,
    };
  },
  ContractRegistered: (d) => ({
    zh: `登记合同 ${String(d.name)}`,
    en: `registered contract ${String(d.name)}`,
  }),
  SlaPolicySet: (d) => ({
    zh: `设定 SLA 策略第 ${String(d.version)} 版`,
    en: `set SLA policy version ${String(d.version)}`,
  }),
  InspectionExpertChanged: () => ({ zh: '更换巡检专家', en: 'changed the inspection expert' }),
  InspectionRecorded: (d) => ({
    zh: `记录 ${String(d.period)} 巡检`,
    en: `recorded the inspection for ${String(d.period)}`,
  }),
  RevisitRecorded: (d) => ({
    zh: `记录 ${String(d.period)} 客户回访`,
    en: `recorded the customer revisit for ${String(d.period)}`,
  }),
  ServicePlanPeriodMissed: (d) => {
    const visit = wordFor(SERVICE_PLAN_VISIT_WORDS, d.kind);
    return {
      zh: `预警：${String(d.period)} ${visit.zh}未完成（截止 ${String(d.dueBy)}）`,
      en: `warned that the ${visit.en} for ${String(d.period)} was missed (due by ${String(d.dueBy)})`,
    };
  },
  PhaseSurveyRecorded: (d) => {
    const phase = wordFor(PHASE_WORDS, d.phase);
    const overall = (d.scores as Record<string, unknown> | undefined)?.overall;
    return {
      zh: `记录${phase.zh}阶段满意度调查（总体 ${String(overall)}）`,
      en: `recorded the ${phase.en} phase satisfaction survey (overall ${String(overall)})`,
    };
  },
  CasePublished: () => ({ zh: '发布知识库案例', en: 'published a knowledge-base case' }),
  CaseRevised: () => ({ zh: '修订知识库案例', en: 'revised a knowledge-base case' }),
  PlaybookWritten: () => ({ zh: '编写应急策略', en: 'wrote an emergency playbook' }),
  PlaybookRevised: () => ({ zh: '修订应急策略', en: 'revised an emergency playbook' }),
  ContractAmended: () => ({ zh: '修改合同条款', en: 'amended the contract' }),
  CustomerRegistered: (d) => ({
    zh: `登记客户 ${String(d.name)}`,
    en: `registered customer ${String(d.name)}`,
  }),
  CustomerDetailsUpdated: () => ({ zh: '更新客户资料', en: "updated the customer's details" }),
  CustomerContactAdded: () => ({ zh: '添加客户联系人', en: 'added a customer contact' }),
  CustomerContactUpdated: () => ({ zh: '更新客户联系人', en: 'updated a customer contact' }),
  CustomerContactRemoved: () => ({ zh: '删除客户联系人', en: 'removed a customer contact' }),
  StaffRegistered: (d) => {
    const r = roles(d.roles);
    return {
      zh: `登记用户 ${String(d.username)}（${r.zh}）`,
      en: `registered user ${String(d.username)} (${r.en})`,
    };
  },
  StaffRolesChanged: (d) => {
    const [from, to] = [roles(d.from), roles(d.to)];
    return {
      zh: `变更用户角色：${from.zh} → ${to.zh}`,
      en: `changed a user's roles from ${from.en} to ${to.en}`,
    };
  },
  StaffProfileUpdated: () => ({ zh: '更新用户资料', en: "updated a user's profile" }),
  StaffPasswordChanged: () => ({ zh: '更改用户密码', en: "changed a user's password" }),
  StaffDeactivated: () => ({ zh: '停用用户', en: 'deactivated a user' }),
  StaffReactivated: () => ({ zh: '重新启用用户', en: 'reactivated a user' }),
  UsernameReserved: (d) => ({
    zh: `预留登录名 ${String(d.username)}`,
    en: `reserved the login name ${String(d.username)}`,
  }),
  ServiceNumberAssigned: (d) => ({
    zh: `分配售后服务号 ${String(d.serviceNo)}`,
    en: `allocated service number ${String(d.serviceNo)}`,
  }),
};

/** One line in Chinese and one in English: who (the actor's role) did what, e.g. "工程师 远程响应". */
export function eventSummary(type: string, data: Data, role: string): Word {
  const who = wordFor(ROLE_WORDS, role);
  const what = LINES[type]?.(data) ?? { zh: `记录事件 ${type}`, en: `recorded ${type}` };
  // Why it was entered after the fact (the command seam keeps the reason in the event's data).
  const why = typeof data.occurredAtReason === 'string' ? data.occurredAtReason : undefined;
  return {
    zh: `${who.zh} ${what.zh}${why === undefined ? '' : `（补录原因：${why}）`}`,
    en: `${who.en} ${what.en}${why === undefined ? '' : ` (entered after the fact: ${why})`}`,
  };
}
