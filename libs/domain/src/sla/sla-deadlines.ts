import { instantMs, zonedIso } from '../shared/instant.js';
import { durationMs } from '../shared/iso-duration.js';
import type { EscalationLevel, EscalationReason, SlaWatchTimer } from '../ticket/ticket-values.js';
import type { TicketEvent } from '../ticket/ticket.events.js';
import { evolveTicket } from '../ticket/ticket.evolve.js';
import { initialTicketState, type Ticket, type TicketState } from '../ticket/ticket.state.js';
import { slaClock } from './sla-clock.js';
import { escalationAnswerWindowMs, type SlaPolicy } from './sla-policy.js';
import type { SlaTimerName } from './sla-timer.js';

/** A ticket event with the role of whoever recorded it and when (from the envelope). */
export interface TicketHistoryEntry {
  event: TicketEvent;
  /** Answers to an escalation are told by role. */
  actorRole: string;
  /** When the store recorded it; a deadline that had passed before its ticket was recorded is not planned. */
  recordedAt?: string;
}

/** What the SLA watchman will do for one ticket, and when. */
export type SlaDeadline = SlaWarningDeadline | SlaEscalationDeadline;

interface DeadlineBase {
  /** The instant to act at (ISO in the ticket's zone) and its epoch ms. */
  at: string;
  atMs: number;
  /** The deadline the action belongs to; with the ticket, action, level, reason and timer it names the action. */
  dueAt: string;
}

/** At the at-risk share of a timer: SlaAtRisk. */
export interface SlaWarningDeadline extends DeadlineBase {
  action: 'warn';
  timer: SlaWatchTimer;
  atRiskAt: string;
  notify: string[];
}

/** Past a timer's due time, or when a level-1 escalation stays unanswered: Escalated. */
export interface SlaEscalationDeadline extends DeadlineBase {
  action: 'escalate';
  /** 'escalation': a level-1 escalation unanswered for the policy's escalationAnswerWindow. */
  timer: SlaWatchTimer | 'escalation';
  level: EscalationLevel;
  reason: EscalationReason;
  /** Its deadline had passed before the service knew of it (a ticket or escalation recorded late): act at once. */
  recordedLate?: true;
}

const OVERDUE: Record<SlaWatchTimer, EscalationReason> = {
  response: 'response_overdue',
  onSite: 'onsite_overdue',
  resolution: 'resolution_overdue',
  confirmation: 'solution_not_confirmed',
};
const TIMERS: readonly SlaTimerName[] = ['response', 'onSite', 'resolution'];
/** Roles whose action after a level-1 escalation answers it. */
export const ANSWERING_ROLES: readonly string[] = ['manager', 'headquarters'];

/**
 * The pending deadlines of one ticket: a pure function of its events (stream order, with the
 * actor's role) and the policy (default: the snapshot in FaultReported). The SLA instants come
 * from slaClock, read at the ticket's latest event; nothing here depends on the time of day.
 *
 * - each running timer: a warning at its atRiskAt (unless already warned for that due time, or
 *   already breached) and a level-1 escalation once past its dueAt (or at the breach a severity
 *   change caused); resolution also goes to headquarters (level 2) at once;
 * - a fix awaiting the customer: a warning at the at-risk share of the confirmation window and a
 *   level-1 escalation (solution_not_confirmed) once past confirmationDueAt;
 * - a level-1 escalation that no manager or headquarters user has answered (acted on the ticket
 *   after it): level 2 once escalationAnswerWindow has passed since it;
 * - an escalation already recorded at that level for that reason is never planned again, and a
 *   closed ticket has no deadlines;
 * - a deadline that lay before the report was recorded (a back-dated entry, a record typed in after
 *   the fact), or before the level-1 escalation it follows was recorded, is acted on at once on
 *   recording: the escalation says it was recorded late; a warning due then still warns.
 * Sorted by instant, warnings first, level 1 before level 2.
 */
export function slaDeadlines(history: readonly TicketHistoryEntry[], policy?: SlaPolicy): SlaDeadline[] {
  const events = history.map((h) => h.event);
  const state = events.reduce<TicketState>(evolveTicket, initialTicketState());
  if (state.status === 'not_reported' || state.status === 'closed') return [];
  const ticket = state;
  const pol = policy ?? ticket.slaPolicy;
  const iso = (ms: number) => zonedIso(ms, ticket.timeZone);
  const escalated = (level: EscalationLevel, reason: EscalationReason) =>
    ticket.escalations.some((e) => e.level === level && e.reason === reason);
  const warned = (timer: SlaWatchTimer, dueMs: number) =>
    ticket.warnings.some((w) => w.timer === timer && instantMs(w.dueAt, 'dueAt') === dueMs);
  const notify = [...(ticket.assigneeId ? [ticket.assigneeId] : []), 'manager'];
  const deadlines: SlaDeadline[] = [];
  const plan = (timer: SlaWatchTimer, dueMs: number, riskMs: number | undefined, breachMs: number) => {
    const reason = OVERDUE[timer];
    const dueAt = iso(dueMs);
    if (!escalated(1, reason)) {
      if (riskMs !== undefined && !warned(timer, dueMs)) {
        const atRiskAt = iso(riskMs);
        deadlines.push({ action: 'warn', timer, at: atRiskAt, atMs: riskMs, dueAt, atRiskAt, notify });
      }
      deadlines.push(escalation(timer, 1, reason, breachMs, dueAt, iso));
    }
    if (timer === 'resolution' && !escalated(2, reason))
      deadlines.push(escalation(timer, 2, reason, breachMs, dueAt, iso));
  };

  const reading = slaClock(events, ticket.lastEventAt, pol);
  for (const timer of TIMERS) {
    const r = reading[timer];
    if (r.dueAt === undefined || r.completedAt || r.frozenAt) continue;
    if (r.state !== 'running' && r.state !== 'at_risk' && r.state !== 'breached') continue;
    const dueMs = instantMs(r.dueAt, 'dueAt');
    if (r.state === 'breached') {
      plan(timer, dueMs, undefined, instantMs(r.breachedAt ?? r.dueAt, 'breachedAt'));
    } else {
      plan(timer, dueMs, r.atRiskAt ? instantMs(r.atRiskAt, 'atRiskAt') : undefined, dueMs + 1);
    }
  }
  if (reading.confirmationDueAt !== undefined) {
    const dueMs = instantMs(reading.confirmationDueAt, 'confirmationDueAt');
    const windowMs = durationMs(pol.confirmationWindow, 'policy.confirmationWindow');
    plan('confirmation', dueMs, dueMs - windowMs + Math.ceil(pol.atRiskShare * windowMs), dueMs + 1);
  }
  const knownMs = recordedMs(history[0]);
  const known = deadlines.map((d) => (d.atMs >= knownMs ? d : actLate(d, knownMs, iso)));
  known.push(...unanswered(history, ticket, escalationAnswerWindowMs(pol), iso));
  return order(known);
}

/** A deadline that had passed before the service knew of it, moved to the instant it learned of it. */
function actLate<D extends SlaDeadline>(d: D, knownMs: number, iso: (ms: number) => string): D {
  const moved = { ...d, at: iso(knownMs), atMs: knownMs };
  return moved.action === 'escalate' ? { ...moved, recordedLate: true } : moved;
}

/** Level 2 for each level-1 escalation left unanswered, one per reason, unless already at level 2. */
function unanswered(
  history: readonly TicketHistoryEntry[],
  ticket: Ticket,
  windowMs: number,
  iso: (ms: number) => string,
): SlaEscalationDeadline[] {
  const found: SlaEscalationDeadline[] = [];
  history.forEach(({ event, actorRole }, i) => {
    if (event.type !== 'Escalated' || event.data.level !== 1) return;
    const reason = event.data.reason;
    if (ticket.escalations.some((e) => e.level === 2 && e.reason === reason)) return;
    if (ANSWERING_ROLES.includes(actorRole)) return;
    if (history.slice(i + 1).some((later) => ANSWERING_ROLES.includes(later.actorRole))) return;
    const dueMs = instantMs(event.data.escalatedAt, 'escalatedAt') + windowMs;
    const due = escalation('escalation', 2, reason, dueMs, iso(dueMs), iso);
    const knownMs = recordedMs(history[i]);
    found.push(dueMs >= knownMs ? due : actLate(due, knownMs, iso));
  });
  return found;
}

function recordedMs(entry: TicketHistoryEntry | undefined): number {
  return entry?.recordedAt === undefined ? -Infinity : instantMs(entry.recordedAt, 'recordedAt');
}

function escalation(
  timer: SlaWatchTimer | 'escalation',
  level: EscalationLevel,
  reason: EscalationReason,
  atMs: number,
  dueAt: string,
  iso: (ms: number) => string,
): SlaEscalationDeadline {
  return { action: 'escalate', timer, level, reason, at: iso(atMs), atMs, dueAt };
}

/** By instant; at the same instant warnings first, then level 1, then level 2; one escalation per level and reason. */
function order(deadlines: SlaDeadline[]): SlaDeadline[] {
  const rank = (d: SlaDeadline) => (d.action === 'warn' ? 0 : d.level);
  const sorted = [...deadlines].sort((a, b) => a.atMs - b.atMs || rank(a) - rank(b));
  const seen = new Set<string>();
  return sorted.filter((d) => {
    if (d.action === 'warn') return true;
    const key = `${d.level}:${d.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What is due at `nowMs`: the deadlines reached, except a warning whose timer is due for escalation
 * too (a warning after the breach says nothing new; the escalation supersedes it).
 */
export function dueSlaDeadlines(deadlines: readonly SlaDeadline[], nowMs: number): SlaDeadline[] {
  const due = deadlines.filter((d) => d.atMs <= nowMs);
  return due.filter(
    (d) => d.action !== 'warn' || !due.some((e) => e.action === 'escalate' && e.timer === d.timer),
  );
}

/** The stable name of an action: with the ticket id it makes the watchman's command id. */
export function slaDeadlineKey(d: SlaDeadline): string {
  const level = d.action === 'escalate' ? `${d.level}:${d.reason}` : '-';
  return `${d.action}:${level}:${d.timer}:${instantMs(d.dueAt, 'dueAt')}`;
}
