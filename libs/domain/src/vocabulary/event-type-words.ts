import type { ContractEventType } from '../contract/contract.events.js';
import type { CustomerEventType } from '../customer/customer.events.js';
import type { CaseEvent } from '../knowledge/case.events.js';
import type { PlaybookEvent } from '../knowledge/playbook.events.js';
import type { LoginAttemptsEvent } from '../login/login-attempts.decider.js';
import type { StaffEventType } from '../staff/staff.events.js';
import type { ServiceNumberAssigned } from '../service-number/service-number.decider.js';
import type { UsernameReserved } from '../staff/username.decider.js';
import type { TicketEventType } from '../ticket/ticket.events.js';
import type { Word } from './word.js';

/** The service's own bookkeeping records: a service number's and a username's reservation streams. */
export type ReservationEventType = ServiceNumberAssigned['type'] | UsernameReserved['type'];

/** Every event type the log records. */
export type LoggedEventType =
  | TicketEventType
  | ReservationEventType
  | ContractEventType
  | CustomerEventType
  | StaffEventType
  | LoginAttemptsEvent['type']
  | CaseEvent['type']
  | PlaybookEvent['type'];

/** Every event type the log records, with its words, in the order a list of them offers them. */
export const EVENT_TYPE_WORDS: Readonly<Record<LoggedEventType, Word>> = {
  FaultReported: { zh: '登记故障', en: 'Fault reported' },
  Responded: { zh: '响应', en: 'Responded' },
  DispatchedOnSite: { zh: '派工赴现场', en: 'Dispatched on site' },
  ArrivedOnSite: { zh: '到达现场', en: 'Arrived on site' },
  Resolved: { zh: '解决', en: 'Resolved' },
  Escalated: { zh: '问题升级', en: 'Escalated' },
  ResolutionConfirmed: { zh: '客户确认解决', en: 'Fix confirmed' },
  ResolutionRejected: { zh: '客户拒绝解决方案', en: 'Fix rejected' },
  SupervisionNoted: { zh: '督办记录', en: 'Chasing noted' },
  SeverityChanged: { zh: '变更故障级别', en: 'Severity changed' },
  Assigned: { zh: '指派', en: 'Assigned' },
  Closed: { zh: '关闭', en: 'Closed' },
  Reopened: { zh: '重开', en: 'Reopened' },
  SatisfactionRecorded: { zh: '满意度调查', en: 'Satisfaction survey' },
  ReportTimeCorrected: { zh: '更正报障时间', en: 'Report time corrected' },
  SlaAtRisk: { zh: 'SLA 即将超时预警', en: 'SLA at risk' },
  ServiceNumberAssigned: { zh: '分配售后服务号', en: 'Service number assigned' },
  ContractRegistered: { zh: '登记合同', en: 'Contract registered' },
  ContractAmended: { zh: '变更合同', en: 'Contract amended' },
  SlaPolicySet: { zh: '设置 SLA 策略', en: 'SLA policy set' },
  InspectionExpertChanged: { zh: '更换巡检专家', en: 'Inspection expert changed' },
  InspectionRecorded: { zh: '月度巡检记录', en: 'Inspection recorded' },
  RevisitRecorded: { zh: '季度回访记录', en: 'Revisit recorded' },
  PhaseSurveyRecorded: { zh: '阶段满意度调查', en: 'Phase survey recorded' },
  ServicePlanPeriodMissed: { zh: '巡检/回访未按期完成', en: 'Service-plan period missed' },
  CustomerRegistered: { zh: '登记客户', en: 'Customer registered' },
  CustomerDetailsUpdated: { zh: '更新客户信息', en: 'Customer details updated' },
  CustomerContactAdded: { zh: '添加客户联系人', en: 'Customer contact added' },
  CustomerContactUpdated: { zh: '更新客户联系人', en: 'Customer contact updated' },
  CustomerContactRemoved: { zh: '删除客户联系人', en: 'Customer contact removed' },
  StaffRegistered: { zh: '登记用户', en: 'User registered' },
  UsernameReserved: { zh: '占用用户名', en: 'Username reserved' },
  StaffProfileUpdated: { zh: '更新用户资料', en: 'User profile updated' },
  StaffRolesChanged: { zh: '变更用户角色', en: 'User role changed' },
  StaffPasswordChanged: { zh: '修改密码', en: 'Password changed' },
  StaffDeactivated: { zh: '停用用户', en: 'User deactivated' },
  StaffReactivated: { zh: '恢复用户', en: 'User reactivated' },
  StaffTokenRevoked: { zh: '退出登录', en: 'Signed out' },
  LoginFailed: { zh: '登录失败', en: 'Login failed' },
  LoginLockedOut: { zh: '登录已锁定', en: 'Login locked out' },
  LoginFailuresForgiven: { zh: '登录成功，失败计数清零', en: 'Login failures forgiven' },
  LoginUnlocked: { zh: '解除登录锁定', en: 'Login unlocked' },
  CasePublished: { zh: '发布知识库案例', en: 'Case published' },
  CaseRevised: { zh: '修订知识库案例', en: 'Case revised' },
  PlaybookWritten: { zh: '编写应急策略', en: 'Playbook written' },
  PlaybookRevised: { zh: '修订应急策略', en: 'Playbook revised' },
};

/** Every event type the log records, in the order of EVENT_TYPE_WORDS. */
export const LOGGED_EVENT_TYPES = Object.keys(EVENT_TYPE_WORDS) as readonly LoggedEventType[];
