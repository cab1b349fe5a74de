import canonicalize from 'canonicalize';
import { slaClock, ticketStream, type SlaReading } from '#domain';
import { ticketEvents } from './build-dispute-bundle.js';
import { checkBundleChain } from './check-bundle-chain.js';
import { checkPolicySource } from './check-policy-source.js';
import type { DisputeBundle } from './dispute-bundle.js';
import { describeBreak, type EventBreak } from './event-break.js';
import { firstDifference } from './first-difference.js';
import { BundleShapeError, readBundle } from './read-bundle.js';

export type { EventBreak } from './event-break.js';

export interface BundleVerdict {
  /** Internally consistent: every check passed (and the head hash given, if any, matched). */
  holds: boolean;
  /**
   * Holds, and its head hash is the one the checker obtained independently (`expectedHead`): the
   * only outside anchor there is. A bundle that holds without one is internally consistent, not
   * proven authentic: whoever holds the store can rewrite an event and recompute every hash.
   */
  anchored: boolean;
  ticket?: DisputeBundle['ticket'];
  generatedAt?: string;
  /** Events whose link and hash were recomputed and held, from the first. */
  eventsChecked: number;
  eventCount: number;
  /** The hash of the last event, when the whole chain holds. */
  headHash?: string;
  headRevision?: number;
  policyVersion?: number;
  /** The first ticket event that does not hold. */
  firstBadEvent?: EventBreak;
  /** The policy's source in the contract stream: whether it holds, and its first bad event. */
  policySource?: { holds: boolean; events: number; effectiveFrom?: string; firstBadEvent?: EventBreak };
  /** Every check that failed, in plain words, in the order they were made. */
  problems: string[];
  sla?: { at: string; matches: boolean; recomputed?: SlaReading };
}

/**
 * Checks a parsed dispute bundle offline: every event's hash and link, the head, the ticket and
 * policy summaries against the hashed FaultReported event, the policy's source in the contract
 * stream, and the SLA result recomputed with the domain's slaClock. `expectedHead` is a head hash
 * the checker obtained independently.
 */
export function verifyDisputeBundle(value: unknown, expectedHead?: string): BundleVerdict {
  let bundle: DisputeBundle;
  try {
    bundle = readBundle(value);
  } catch (error) {
    if (!(error instanceof BundleShapeError)) throw error;
    return malformed(value, error);
  }
  const verdict: BundleVerdict = {
    holds: false,
    anchored: false,
    ticket: bundle.ticket,
    generatedAt: bundle.generatedAt,
    eventsChecked: 0,
    eventCount: bundle.events.length,
    problems: [],
  };
  checkChain(bundle, verdict);
  checkHead(bundle, verdict, expectedHead);
  checkSummaries(bundle, verdict);
  checkSla(bundle, verdict);
  verdict.holds = verdict.problems.length === 0;
  verdict.anchored = verdict.holds && expectedHead !== undefined;
  return verdict;
}

function checkChain(bundle: DisputeBundle, verdict: BundleVerdict): void {
  const chain = checkBundleChain(bundle.events, bundle.ticket.stream);
  verdict.eventsChecked = chain.checked;
  if (chain.firstBad) {
    verdict.firstBadEvent = chain.firstBad;
    verdict.problems.push(describeBreak(chain.firstBad));
    return;
  }
  verdict.headHash = chain.last?.hash;
  verdict.headRevision = chain.last?.revision;
}

function checkHead(bundle: DisputeBundle, verdict: BundleVerdict, expectedHead?: string): void {
  const { integrity, events } = bundle;
  const last = events[events.length - 1];
  if (integrity.eventCount !== events.length) {
    verdict.problems.push(
      `integrity.eventCount says ${integrity.eventCount} events, the bundle holds ${events.length}`,
    );
  }
  if (integrity.headRevision !== last.revision) {
    verdict.problems.push(
      `integrity.headRevision says ${integrity.headRevision}, the last event has revision ${last.revision}`,
    );
  }
  if (integrity.headHash !== last.hash) {
    verdict.problems.push(
      `the head does not match: integrity.headHash ${integrity.headHash} is not the last event's hash ${last.hash}`,
    );
  }
  if (bundle.asOf !== bundle.sla.inputs.at) {
    verdict.problems.push(`asOf says ${bundle.asOf}, sla.inputs.at says ${bundle.sla.inputs.at}`);
  }
  const late = events.find((e) => !(Date.parse(e.metadata.recordedAt) <= Date.parse(bundle.asOf)));
  if (late) {
    verdict.problems.push(
      `event revision ${late.revision} (${late.type}, id ${late.id}) was recorded at ` +
        `${late.metadata.recordedAt}, after the bundle's asOf ${bundle.asOf}`,
    );
  }
  if (expectedHead !== undefined && expectedHead.toLowerCase() !== integrity.headHash) {
    verdict.problems.push(
      `the head hash is ${integrity.headHash}, not the ${expectedHead} that the checker was given`,
    );
  }
}

function checkSummaries(bundle: DisputeBundle, verdict: BundleVerdict): void {
  const first = bundle.events[0];
  if (first.type !== 'FaultReported') {
    verdict.problems.push(`the first event is ${first.type}, not FaultReported`);
    return;
  }
  const reported = first.data;
  verdict.policyVersion = reported.policyVersion;
  const claims: [string, unknown, unknown][] = [
    ['ticket.id', bundle.ticket.id, reported.ticketId],
    ['ticket.stream', bundle.ticket.stream, ticketStream(reported.ticketId)],
    ['ticket.serviceNo', bundle.ticket.serviceNo, reported.serviceNo],
    ['ticket.customerId', bundle.ticket.customerId, reported.customerId],
    ['ticket.contractId', bundle.ticket.contractId, reported.contractId],
    ['policy.version', bundle.policy.version, reported.policyVersion],
    ['policy.timeZone', bundle.policy.timeZone, reported.timeZone],
    ['policy.slaPolicy', bundle.policy.slaPolicy, reported.slaPolicy],
  ];
  for (const [field, claimed, recorded] of claims) {
    if (canonicalize(claimed) !== canonicalize(recorded)) {
      verdict.problems.push(
        `${field} says ${JSON.stringify(claimed)}, the FaultReported event says ${JSON.stringify(recorded)}`,
      );
    }
  }
  const source = checkPolicySource(bundle.policy.source, reported);
  verdict.policySource = {
    holds: source.problems.length === 0,
    events: bundle.policy.source.events.length,
    effectiveFrom: source.effectiveFrom,
    firstBadEvent: source.firstBad,
  };
  verdict.problems.push(...source.problems);
}

function checkSla(bundle: DisputeBundle, verdict: BundleVerdict): void {
  const at = bundle.sla.inputs.at;
  let recomputed: SlaReading;
  try {
    recomputed = slaClock(ticketEvents(bundle.events), at);
  } catch (error) {
    verdict.sla = { at, matches: false };
    verdict.problems.push(`the SLA cannot be recomputed from the events: ${(error as Error).message}`);
    return;
  }
  const difference = firstDifference(recomputed, bundle.sla.result);
  verdict.sla = { at, matches: difference === undefined, recomputed };
  if (difference) {
    verdict.problems.push(
      `sla.result does not match the SLA recomputed from the events at ${at}: ` +
        `at ${difference.path} the bundle says ${JSON.stringify(difference.found)}, ` +
        `slaClock gives ${JSON.stringify(difference.expected)}`,
    );
  }
}

function malformed(value: unknown, error: BundleShapeError): BundleVerdict {
  const verdict: BundleVerdict = {
    holds: false,
    anchored: false,
    eventsChecked: 0,
    eventCount: 0,
    problems: [],
  };
  const events =
    typeof value === 'object' && value !== null ? (value as { events?: unknown }).events : undefined;
  if (error.eventIndex !== undefined && Array.isArray(events)) {
    const raw = (events[error.eventIndex] ?? {}) as Record<string, unknown>;
    verdict.eventCount = events.length;
    verdict.firstBadEvent = {
      index: error.eventIndex,
      id: String(raw.id),
      revision: Number(raw.revision),
      type: String(raw.type),
      reason: 'malformed',
      expected: 'an event',
      found: error.message,
    };
    verdict.problems.push(describeBreak(verdict.firstBadEvent));
  } else {
    verdict.problems.push(`not a dispute bundle: ${error.message}`);
  }
  return verdict;
}
