import { TIMER_PREFIXES, type SlaFactsRow, type TimerPrefix } from '#projections';
import type { TimerKey } from './sla-report.types.js';

export type TimerStatus = 'not_started' | 'running' | 'at_risk' | 'met' | 'breached' | 'frozen';

/**
 * Where a timer of a sla_facts row stands at `nowMs`, from the facts the SLA clock wrote (no SLA
 * maths here): breached when the clock said so, or still running past its due instant; at risk
 * once its at-risk instant has passed.
 */
export function timerStatus(row: TimerFacts, prefix: TimerPrefix, nowMs: number): TimerStatus {
  const f = (field: string) => {
    const value = (row as Record<string, unknown>)[`${prefix}_${field}`];
    return value === null || value === undefined ? null : Number(value);
  };
  if (f('started_at') === null) return 'not_started';
  if (f('breached_at') !== null) return 'breached';
  if (f('completed_at') !== null) return 'met';
  if (f('frozen') === 1) return 'frozen';
  const due = f('due_at');
  if (due !== null && due < nowMs) return 'breached';
  const atRisk = f('at_risk_at');
  return atRisk !== null && atRisk <= nowMs ? 'at_risk' : 'running';
}

/** A sla_facts row, or the part of it with the timer columns. */
export type TimerFacts = Partial<SlaFactsRow> | Readonly<Record<string, unknown>>;

/** The status of each of the three timers. */
export function timerStatuses(row: TimerFacts, nowMs: number): Record<TimerKey, TimerStatus> {
  return {
    response: timerStatus(row, TIMER_PREFIXES.response, nowMs),
    onSite: timerStatus(row, TIMER_PREFIXES.onSite, nowMs),
    resolution: timerStatus(row, TIMER_PREFIXES.resolution, nowMs),
  };
}
