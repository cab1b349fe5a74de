import { instantMs, zonedIso } from '../shared/instant.js';
import { durationMs } from '../shared/iso-duration.js';
import type { Severity } from '../shared/severity.js';
import { ValidationError } from '../shared/validation.error.js';
import { isWatchmanRecord, ticketEventInstant, type TicketEvent } from '../ticket/ticket.events.js';
import { targetsFor, type SlaPolicy } from './sla-policy.js';
import {
  readTimer,
  type SlaTimerName,
  type SlaTimerReading,
  type SlaTimerTrack,
  type TargetSegment,
} from './sla-timer.js';
import { workingTime } from './working-time.js';

/** The SLA of one ticket at one instant. */
export interface SlaReading {
  /** The instant read, in the ticket's zone. */
  at: string;
  /** The report time in force (after corrections): response and resolution start here. */
  reportedAt: string;
  severity: Severity;
  policyVersion: number;
  response: SlaTimerReading;
  onSite: SlaTimerReading;
  resolution: SlaTimerReading;
  /** While a fix awaits the customer's answer: resolvedAt + the policy's confirmationWindow (wall clock). */
  confirmationDueAt?: string;
}

const TIMERS: readonly SlaTimerName[] = ['response', 'onSite', 'resolution'];

/**
 * The SLA clock: a pure function of a ticket's events (in stream order), the instant to read
 * at, and the policy (default: the snapshot in FaultReported). Only events whose business
 * instant is not after `at` count, except report-time corrections, which are facts about the
 * past and always apply. See libs/domain/SLA.md for the rules.
 */
export function slaClock(events: readonly TicketEvent[], at: string, policy?: SlaPolicy): SlaReading {
  const reported = events[0];
  if (reported?.type !== 'FaultReported')
    throw new ValidationError('events', 'must begin with FaultReported');
  const zone = reported.data.timeZone;
  const pol = policy ?? reported.data.slaPolicy;
  const rules = { work: workingTime(pol.calendar, zone), atRiskShare: pol.atRiskShare, zone };
  const atMs = instantMs(at, 'at');
  const corrections = events.filter((e) => e.type === 'ReportTimeCorrected');
  const reportedAt = corrections.at(-1)?.data.reportedAt ?? reported.data.reportedAt;
  const startMs = instantMs(reportedAt, 'reportedAt');
  let severity = reported.data.severity;
  const segment = (timer: SlaTimerName, fromMs: number): TargetSegment => {
    const target = targetsFor(pol, severity)[timer];
    return { fromMs, target, targetMs: durationMs(target, `policy.${timer}`) };
  };
  const tracks: Record<SlaTimerName, SlaTimerTrack> = {
    response: { startMs, segments: [segment('response', startMs)] },
    onSite: { segments: [] },
    resolution: { startMs, segments: [segment('resolution', startMs)] },
  };
  const stop = (timer: SlaTimerName, stopMs: number, kind: 'completed' | 'frozen') => {
    const track = tracks[timer];
    if (track.startMs !== undefined && !track.stop) {
      track.stop = { atMs: stopMs, kind, segmentCount: track.segments.length };
    }
  };
  const resume = (timer: SlaTimerName, kinds: readonly string[]) => {
    if (tracks[timer].stop && kinds.includes(tracks[timer].stop.kind)) delete tracks[timer].stop;
  };
  let awaitingSinceMs: number | undefined;
  for (const event of events.slice(1)) {
    // Corrections apply whatever the instant; the watchman's records move no timer and may lie
    // after later events in business time (see isWatchmanRecord).
    if (event.type === 'ReportTimeCorrected' || isWatchmanRecord(event)) continue;
    const ms = instantMs(ticketEventInstant(event), event.type);
    if (ms > atMs || startMs > atMs) break;
    switch (event.type) {
      case 'Responded':
        stop('response', ms, 'completed');
        break;
      case 'DispatchedOnSite':
        if (tracks.onSite.startMs === undefined)
          tracks.onSite = { startMs: ms, segments: [segment('onSite', ms)] };
        break;
      case 'ArrivedOnSite':
        stop('onSite', ms, 'completed');
        break;
      case 'Resolved':
        stop('resolution', ms, 'completed');
        awaitingSinceMs = ms;
        break;
      case 'ResolutionRejected':
        resume('resolution', ['completed']);
        awaitingSinceMs = undefined;
        break;
      case 'Reopened':
        for (const timer of TIMERS)
          resume(timer, timer === 'resolution' ? ['completed', 'frozen'] : ['frozen']);
        awaitingSinceMs = undefined;
        break;
      case 'Closed':
        for (const timer of TIMERS) stop(timer, ms, 'frozen');
        awaitingSinceMs = undefined;
        break;
      case 'ResolutionConfirmed':
        awaitingSinceMs = undefined;
        break;
      case 'SeverityChanged':
        severity = event.data.to;
        for (const timer of TIMERS)
          if (tracks[timer].startMs !== undefined) tracks[timer].segments.push(segment(timer, ms));
        break;
    }
  }
  const read = (timer: SlaTimerName) => readTimer(tracks[timer], atMs, rules, segment(timer, atMs));
  const reading: SlaReading = {
    at: zonedIso(atMs, zone),
    reportedAt: zonedIso(startMs, zone),
    severity,
    policyVersion: reported.data.policyVersion,
    response: read('response'),
    onSite: read('onSite'),
    resolution: read('resolution'),
  };
  if (awaitingSinceMs !== undefined) {
    reading.confirmationDueAt = zonedIso(
      awaitingSinceMs + durationMs(pol.confirmationWindow, 'policy'),
      zone,
    );
  }
  return reading;
}
