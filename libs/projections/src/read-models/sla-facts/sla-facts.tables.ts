import {
  ESCALATION_REASONS,
  SATISFACTION_ITEMS,
  type EscalationReason,
  type SatisfactionItem,
} from '#domain';

/** Column prefixes of the three SLA timers (slaClock's `response`, `onSite`, `resolution`). */
export const TIMER_PREFIXES = { response: 'response', onSite: 'onsite', resolution: 'resolution' } as const;
export type TimerPrefix = (typeof TIMER_PREFIXES)[keyof typeof TIMER_PREFIXES];

/**
 * Instants are epoch milliseconds (UTC), durations milliseconds of counted time (all of it under
 * 24x7, the open hours under a business calendar). Null where the timer does not say.
 * - started_at, target_ms: when the timer started and the target (ms) in force now;
 * - due_at: the last instant at which completing still meets the target;
 * - at_risk_at: when the at-risk share is (or will be) reached;
 * - breached_at: set once the events say the timer is breached (late completion, severity raise,
 *   reopen past due, or read past due at the latest event). A still-running timer past due_at is
 *   breached too: the report decides that at query time from due_at;
 * - completed_at, elapsed_ms: the meeting event and the counted time up to it (time to respond ...);
 * - overrun_ms: final overrun of a completed or frozen timer (null while it runs);
 * - frozen: 1 when the ticket was closed before the timer completed.
 */
const TIMER_FIELDS = [
  'started_at',
  'target_ms',
  'due_at',
  'at_risk_at',
  'breached_at',
  'completed_at',
  'elapsed_ms',
  'overrun_ms',
] as const;
type TimerField = (typeof TIMER_FIELDS)[number];

export type TimerColumns = { [K in `${TimerPrefix}_${TimerField}`]: number | null } & {
  [K in `${TimerPrefix}_frozen`]: number;
};

type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;

export type EscalationColumn = `esc_${EscalationReason}_${'auto' | 'manual'}`;
export type ScoreColumn = `score_${Snake<SatisfactionItem>}`;

export const escalationColumn = (reason: EscalationReason, automatic: boolean): EscalationColumn =>
  `esc_${reason}_${automatic ? 'auto' : 'manual'}`;
export const scoreColumn = (item: SatisfactionItem): ScoreColumn =>
  `score_${item.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}` as ScoreColumn;

export const ESCALATION_COLUMNS: EscalationColumn[] = ESCALATION_REASONS.flatMap((r) => [
  escalationColumn(r, true),
  escalationColumn(r, false),
]);
export const SCORE_COLUMNS: ScoreColumn[] = SATISFACTION_ITEMS.map(scoreColumn);
export const TIMER_COLUMNS = Object.values(TIMER_PREFIXES).flatMap((p) => [
  ...TIMER_FIELDS.map((f) => `${p}_${f}` as const),
  `${p}_frozen` as const,
]);

/** One row per ticket: what the SLA reports aggregate. */
export type SlaFactsRow = {
  ticket_id: string;
  service_no: string;
  customer_id: string;
  contract_id: string;
  /** The severity in force now (after changes). */
  severity: number;
  /** Which warranty applied at the report time in force. */
  warranty: string;
  /** The engineer who last took the ticket in hand (Assigned, Responded or Resolved); null before. */
  engineer_id: string | null;
  kind: string;
  status: string;
  /** 1 while the ticket is not closed. */
  open: number;
  /** The contract's policy version in force at the report (FaultReported carries it). */
  policy_version: number;
  time_zone: string;
  /** The policy's calendar as JSON ('"24x7"' or business hours). */
  calendar: string;
  /** The report time in force (after corrections), epoch ms. */
  reported_at: number;
  last_event_at: number;
  /** How often the fix was rejected or the ticket reopened. */
  reopen_count: number;
  escalations: number;
  /** 1 when the latest survey answered; the score columns hold its answers (0 = not applicable). */
  surveyed: number;
} & TimerColumns & { [K in EscalationColumn]: number } & { [K in ScoreColumn]: number | null };

/** A ticket's events (type and data) in stream order: the SLA clock reads them again on each new one. */
export interface SlaTicketHistoryRow {
  ticket_id: string;
  events: string;
}

/** Display names of customers, contracts and staff, for the report's group labels. */
export interface SlaNameRow {
  kind: 'customer' | 'contract' | 'staff';
  id: string;
  name: string;
}

/** Each contract's customer (from ContractRegistered), so a phase survey row can carry it. */
export interface SlaContractRow {
  contract_id: string;
  customer_id: string;
}

/**
 * One row per phase satisfaction survey (PhaseSurveyRecorded on the contract stream), keyed in
 * survey-time order so a report period is one range read; scores 0..5 (0 = not applicable).
 */
export type SlaPhaseSurveyRow = {
  surveyed_at: number;
  survey_id: string;
  contract_id: string;
  customer_id: string;
  phase: string;
} & { [K in ScoreColumn]: number | null };

export interface SlaFactsDb {
  sla_facts: SlaFactsRow;
  sla_ticket_history: SlaTicketHistoryRow;
  sla_names: SlaNameRow;
  sla_contracts: SlaContractRow;
  sla_phase_surveys: SlaPhaseSurveyRow;
}
