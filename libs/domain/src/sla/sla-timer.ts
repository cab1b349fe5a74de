import { withoutUndefined } from '../shared/require.js';
import { zonedIso } from '../shared/instant.js';
import type { WorkingTime } from './working-time.js';

export type SlaTimerName = 'response' | 'onSite' | 'resolution';
export const SLA_TIMER_STATES = ['not_started', 'running', 'at_risk', 'met', 'breached'] as const;
export type SlaTimerState = (typeof SLA_TIMER_STATES)[number];

/** A target in force from an instant on (a severity change opens a new segment). */
export interface TargetSegment {
  fromMs: number;
  target: string;
  targetMs: number;
}

/**
 * What the events say about one timer. `stop` is a completion (the meeting event) or a
 * freeze (the ticket was closed first); `segmentCount` is how many segments were in force then.
 */
export interface SlaTimerTrack {
  startMs?: number;
  segments: TargetSegment[];
  stop?: { atMs: number; kind: 'completed' | 'frozen'; segmentCount: number };
}

/** The state of one timer at one instant. Instants are ISO in the ticket's zone; durations in ms of counted time. */
export interface SlaTimerReading {
  state: SlaTimerState;
  /** The target in force (ISO duration); for a stopped timer, the one that judged it. */
  target: string;
  startedAt?: string;
  /** The last instant at which the timer is (or was) still met under `target`. */
  dueAt?: string;
  /** When the timer became at risk, or will if nothing happens first. */
  atRiskAt?: string;
  /** The instant the target was passed: dueAt, or the severity change that made it overdue. */
  breachedAt?: string;
  /** When the meeting event came (Responded, ArrivedOnSite, Resolved), on time or late. */
  completedAt?: string;
  /** When the ticket was closed before the timer completed: the timer stopped counting there. */
  frozenAt?: string;
  elapsedMs: number;
  overrunMs: number;
}

export interface TimerRules {
  work: WorkingTime;
  atRiskShare: number;
  zone: string;
}

/**
 * Reads a timer at `atMs`. Within each segment [from, next from) up to the stop (or atMs), the
 * timer is at risk once the counted time since the start reaches atRiskShare × the segment's
 * target, and breached once it exceeds the target. Both are sticky: once reached, they stay.
 */
export function readTimer(
  track: SlaTimerTrack,
  atMs: number,
  rules: TimerRules,
  nextTarget: TargetSegment,
): SlaTimerReading {
  const { work, zone } = rules;
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : zonedIso(ms, zone));
  const start = track.startMs;
  if (start === undefined || atMs < start) {
    return { state: 'not_started', target: nextTarget.target, elapsedMs: 0, overrunMs: 0 };
  }
  const segments = track.stop ? track.segments.slice(0, track.stop.segmentCount) : track.segments;
  const endMs = track.stop ? track.stop.atMs : atMs;
  let atRiskMs: number | undefined;
  let breachedMs: number | undefined;
  segments.forEach((segment, i) => {
    const lastMs = Math.min(endMs, (segments[i + 1]?.fromMs ?? Infinity) - 1);
    if (segment.fromMs > lastMs) return;
    const riskMs = Math.max(
      segment.fromMs,
      work.earliestAfter(start, Math.ceil(rules.atRiskShare * segment.targetMs)),
    );
    if (atRiskMs === undefined && riskMs <= lastMs) atRiskMs = riskMs;
    const dueMs = work.latestAfter(start, segment.targetMs);
    if (breachedMs === undefined && Math.max(segment.fromMs, dueMs + 1) <= lastMs) {
      breachedMs = Math.max(segment.fromMs, dueMs);
    }
  });
  const current = segments[segments.length - 1];
  const dueMs = work.latestAfter(start, current.targetMs);
  const completed = track.stop?.kind === 'completed';
  const state: SlaTimerState =
    breachedMs !== undefined
      ? 'breached'
      : completed
        ? 'met'
        : atRiskMs !== undefined
          ? 'at_risk'
          : 'running';
  if (atRiskMs === undefined && !track.stop) {
    atRiskMs = Math.max(
      current.fromMs,
      work.earliestAfter(start, Math.ceil(rules.atRiskShare * current.targetMs)),
    );
  }
  const elapsedMs = work.elapsedMs(start, endMs);
  const reading: SlaTimerReading = {
    state,
    target: current.target,
    startedAt: iso(start),
    dueAt: iso(dueMs),
    atRiskAt: iso(atRiskMs),
    breachedAt: iso(breachedMs),
    completedAt: completed ? iso(endMs) : undefined,
    frozenAt: track.stop?.kind === 'frozen' ? iso(endMs) : undefined,
    elapsedMs,
    overrunMs: state === 'breached' ? Math.max(0, elapsedMs - current.targetMs) : 0,
  };
  return withoutUndefined(reading);
}
