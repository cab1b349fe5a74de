/** The public face of libs/domain: pure types and functions, no I/O, no clock. */

// Shared: deciders, errors, actors, commands' context, stream names
export { batchDecider, fold, type Decider } from './shared/decider.js';
export { DomainError } from './shared/domain-error.js';
export { InvalidTransitionError } from './shared/invalid-transition.error.js';
export { RuleViolationError } from './shared/rule-violation.error.js';
export { ValidationError } from './shared/validation.error.js';
export { BackdatingError, type BackdatingRuleCode } from './shared/backdating.error.js';
export {
  CUSTOMER_BACKDATING_MS,
  requireBackdatingAllowed,
  type BackdatingRule,
  type BackdatedEntry,
} from './shared/backdating.js';
export { instantMs, localDate, zonedIso } from './shared/instant.js';
export { ForbiddenError } from './shared/forbidden.error.js';
export { NotFoundError } from './shared/not-found.error.js';
export { AlreadyExistsError } from './shared/already-exists.error.js';
export {
  ROLES,
  SYSTEM_ROLE,
  SLA_WATCHMAN,
  isRole,
  type Actor,
  type ActorRole,
  type CommandActor,
  type Role,
} from './shared/actor.js';
export type { CommandStamp } from './shared/command-stamp.js';
export { SEVERITIES, type Severity } from './shared/severity.js';
export type { Product } from './shared/product.js';
export { contractStream, customerStream, staffStream, ticketStream } from './shared/streams.js';
export { isoDuration } from './shared/iso-duration.js';
export { withoutUndefined } from './shared/require.js';

// Ticket
export { ticketDecider, decideTicket } from './ticket/ticket.decider.js';
export { evolveTicket } from './ticket/ticket.evolve.js';
export { initialTicketState, type Ticket, type TicketState } from './ticket/ticket.state.js';
export type * from './ticket/ticket.commands.js';
export {
  ticketEventInstant,
  TICKET_EVENT_TYPES,
  TICKET_WORK_EVENT_TYPES,
  type TicketEvent,
  type TicketEventType,
  type TicketEventOf,
  type FaultReportedData,
  type DispatchedOnSiteData,
  type ResolvedData,
  type EscalatedData,
  type SupervisionNotedData,
  type SeverityChangedData,
  type ClosedData,
  type SatisfactionRecordedData,
  type ReportTimeCorrectedData,
  type SlaAtRiskData,
} from './ticket/ticket.events.js';
export { TICKET_STATUSES, OPEN_STATUSES, type TicketStatus } from './ticket/ticket-status.js';
export { TICKET_STATUS_AFTER } from './ticket/ticket-status-after.js';
export { TICKET_TRANSITIONS, type TicketTransition } from './ticket/ticket-transitions.js';
export {
  mayIssueTicketCommand,
  CUSTOMER_TICKET_COMMANDS,
  MANAGER_TICKET_COMMANDS,
  SYSTEM_TICKET_COMMANDS,
  SYSTEM_ONLY_TICKET_COMMANDS,
} from './ticket/ticket-permissions.js';
export * from './ticket/ticket-values.js';

// SLA
export {
  DEFAULT_SLA_POLICY,
  DEFAULT_SLA_TARGETS,
  DEFAULT_AT_RISK_SHARE,
  DEFAULT_CONFIRMATION_WINDOW,
  DEFAULT_ESCALATION_ANSWER_WINDOW,
  buildSlaPolicy,
  escalationAnswerWindowMs,
  slaPolicyInForce,
  targetsFor,
  targetMs,
  type SlaPolicy,
  type SlaPolicyInput,
  type SlaTargets,
  type SeverityKey,
  type VersionedSlaPolicy,
} from './sla/sla-policy.js';
export {
  WEEKDAYS,
  requireCalendar,
  type SlaCalendar,
  type BusinessHoursCalendar,
  type OpeningHours,
  type Weekday,
} from './sla/business-calendar.js';
export { workingTime, type WorkingTime } from './sla/working-time.js';
export { slaClock, type SlaReading } from './sla/sla-clock.js';
export {
  SLA_TIMER_STATES,
  type SlaTimerName,
  type SlaTimerState,
  type SlaTimerReading,
} from './sla/sla-timer.js';
export {
  slaDeadlines,
  dueSlaDeadlines,
  slaDeadlineKey,
  ANSWERING_ROLES,
  type SlaDeadline,
  type SlaWarningDeadline,
  type SlaEscalationDeadline,
  type TicketHistoryEntry,
} from './sla/sla-deadlines.js';
export { slaDeadlineCommand } from './sla/sla-deadline-command.js';

// Contract
export { contractDecider, decideContract, DEFAULT_TIME_ZONE } from './contract/contract.decider.js';
export {
  evolveContract,
  initialContractState,
  type Contract,
  type ContractState,
} from './contract/contract.state.js';
export type * from './contract/contract.commands.js';
export type * from './contract/contract.events.js';
export {
  IMPLEMENTATION_PHASES,
  INSPECTION_FINDINGS,
  REVISIT_ANSWERS,
  SERVICE_PLAN_KINDS,
} from './contract/contract.events.js';
export {
  nextServicePlanCheck,
  servicePlanWarningsDue,
  type ServicePlanWarningDue,
} from './contract/service-plan-warning.js';
export { requireScores } from './shared/satisfaction.js';
export { contractTerms, type ContractTerms } from './contract/contract-terms.js';
export { DEFAULT_WARRANTY_MONTHS, warrantyAt, warrantyUntil, type Warranty } from './contract/warranty.js';

// Customer
export { customerDecider, decideCustomer } from './customer/customer.decider.js';
export {
  evolveCustomer,
  initialCustomerState,
  type Customer,
  type CustomerState,
} from './customer/customer.state.js';
export type * from './customer/customer.commands.js';
export type * from './customer/customer.events.js';

// Staff
export { staffDecider, decideStaff } from './staff/staff.decider.js';
export {
  evolveStaff,
  initialStaffState,
  STAFF_STATUSES,
  type StaffUser,
  type StaffState,
} from './staff/staff.state.js';
export type * from './staff/staff.commands.js';
export type * from './staff/staff.events.js';

// Knowledge base (知识库): cases and emergency playbooks
export { kbCaseStream, playbookStream } from './knowledge/knowledge-streams.js';
export {
  caseDecider,
  decideCase,
  CASE_AUTHORS,
  PUBLISHABLE_TICKET_STATUSES,
} from './knowledge/case.decider.js';
export { evolveCase, initialCaseState, type KbCase, type CaseState } from './knowledge/case.state.js';
export type * from './knowledge/case.commands.js';
export { CASE_EVENT_TYPES, type CaseEvent, type CaseText } from './knowledge/case.events.js';
export type { CasePublishedData, CaseRevisedData } from './knowledge/case.events.js';
export { playbookDecider, decidePlaybook } from './knowledge/playbook.decider.js';
export {
  evolvePlaybook,
  initialPlaybookState,
  type Playbook,
  type PlaybookState,
} from './knowledge/playbook.state.js';
export type * from './knowledge/playbook.commands.js';
export {
  PLAYBOOK_KINDS,
  PLAYBOOK_EVENT_TYPES,
  type PlaybookEvent,
  type PlaybookKind,
  type PlaybookText,
  type PlaybookWrittenData,
  type PlaybookRevisedData,
} from './knowledge/playbook.events.js';
export { KB_SEED, SEED_PLAYBOOKS, seedPlaybookId } from './knowledge/seed-playbooks.js';
export { KB_ENTRY_KINDS, type KbEntryKind } from './knowledge/kb-entry-kind.js';
export {
  servicePlanStatus,
  SERVICE_PLAN_OUTCOMES,
  type ServicePlanOutcome,
  type ServicePlanPeriod,
  type ServicePlanStatus,
  type ServicePlanTotals,
} from './contract/service-plan-status.js';
export {
  monthOf,
  periodBounds,
  periodMonths,
  quarterOf,
  quarterOfMonth,
  requireMonth,
  requireQuarter,
} from './contract/service-plan-period.js';

// Service numbers, login names and read marks: streams with deciders like any other
export {
  serviceNumberDecider,
  serviceNumberStream,
  serviceMonth,
  formatServiceNo,
  ORGANISATION_TIME_ZONE,
  type AssignServiceNumber,
  type ServiceNumberAssigned,
  type ServiceNumbersState,
} from './service-number/service-number.decider.js';
export {
  usernameDecider,
  usernameStream,
  type ReserveUsername,
  type UsernameReserved,
  type UsernameState,
} from './staff/username.decider.js';
export {
  loginAttemptsDecider,
  loginAttemptsStream,
  loginRetryAfterSeconds,
  LOGIN_FAILURES_BEFORE_LOCKOUT,
  LOGIN_FAILURE_WINDOW_MS,
  type LoginAttemptsCommand,
  type LoginAttemptsEvent,
  type LoginAttemptsState,
} from './login/login-attempts.decider.js';
export {
  notificationReadsDecider,
  notificationReadsStream,
  type MarkNotificationRead,
  type NotificationRead,
  type NotificationReadData,
  type NotificationReadsState,
} from './notifications/notification-reads.decider.js';

// Vocabulary: the domain's words in Chinese and English, for the web app, the timeline and the notifications
export { inSentence, wordFor, type Word } from './vocabulary/word.js';
export {
  STATUS_WORDS,
  SEVERITY_WORDS,
  KIND_WORDS,
  URGENCY_WORDS,
  CHANNEL_WORDS,
  RESPONSE_MODE_WORDS,
  ESCALATION_REASON_WORDS,
  WARRANTY_WORDS,
} from './vocabulary/ticket-words.js';
export { SLA_TIMER_WORDS, SLA_TIMER_STATE_WORDS } from './vocabulary/timer-words.js';
export { ROLE_WORDS, ESCALATION_LEVEL_ROLES } from './vocabulary/role-words.js';
export { SATISFACTION_ITEM_WORDS } from './vocabulary/survey-words.js';
export { PHASE_WORDS, SERVICE_PLAN_KIND_WORDS } from './vocabulary/contract-words.js';
export {
  EVENT_TYPE_WORDS,
  LOGGED_EVENT_TYPES,
  type LoggedEventType,
  type ReservationEventType,
} from './vocabulary/event-type-words.js';
