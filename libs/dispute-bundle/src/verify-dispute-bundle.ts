import canonicalize from 'canonicalize';
import { slaClock, type FaultReportedData, type SlaReading } from '#domain';
import type { RecordedEvent } from '#event-store';
// The hash chain's own file, not the '#event-store' barrel: the verifier must not load the store adapters.
import { checkLink, type ChainBreakReason } from '../../event-store/src/hash-chain.js';
import { ticketEvents } from './build-dispute-bundle.js';
import type { BundleEvent, DisputeBundle } from './dispute-bundle.js';
import { firstDifference } from './first-difference.js';
import { BundleShapeError, readBundle } from './read-bundle.js';

/** The first event of the bundle that does not hold, and why. */
export interface EventBreak {
  /** 0-based place in the bundle's events array. */
  index: number;
  id: string;
  revision: number;
  type: string;
  reason: ChainBreakReason | 'malformed';
  expected: string;
  found: string;
}

export interface BundleVerdict {
  holds: boolean;
  ticket?: DisputeBundle['ticket'];
  generatedAt?: string;
  /** Events whose link and hash were recomputed and held, from the first. */
  eventsChecked: number;
  eventCount: number;
  /** The hash of the last event, when the whole chain holds. */
  headHash?: string;
  headRevision?: number;
  policyVersion?: number;
  firstBadEvent?: EventBreak;
  /** Every check that failed, in plain words, in the order they were made. */
  problems: string[];
  sla?: { at: string; matches: boolean; recomputed?: SlaReading };
}

/**
 * Checks a parsed dispute bundle offline: every event's hash and link, the head, the ticket and
 * policy summaries against the hashed FaultReported event, and the SLA result recomputed with the
 * domain's slaClock. `expectedHead` is a head hash the checker obtained independently.
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
  return verdict;
}

function checkChain(bundle: DisputeBundle, verdict: BundleVerdict): void {
  let prev: RecordedEvent | undefined;
  for (const [index, bundled] of bundle.events.entries()) {
    const event = toRecorded(bundled);
    const bad =
      index === 0 && event.stream !== bundle.ticket.stream
        ? { reason: 'wrong-stream' as const, expected: bundle.ticket.stream, found: event.stream }
        : checkLink(prev, event);
    if (bad) {
      verdict.firstBadEvent = { index, id: event.id, revision: event.revision, type: event.type, ...bad };
      verdict.problems.push(describeBreak(verdict.firstBadEvent));
      return;
    }
    prev = event;
    verdict.eventsChecked++;
  }
  verdict.headHash = prev?.hash;
  verdict.headRevision = prev?.revision;
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
      `integrity.headHash ${integrity.headHash} is not the last event's hash ${last.hash}`,
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
  const reported = first.data as unknown as FaultReportedData;
  verdict.policyVersion = reported.policyVersion;
  const claims: [string, unknown, unknown][] = [
    ['ticket.id', bundle.ticket.id, reported.ticketId],
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

const REASONS: Record<EventBreak['reason'], string> = {
  'hash-mismatch': 'its content does not give its hash (recomputed {expected}, the bundle says {found})',
  'prev-hash-mismatch':
    'its prevHash is not the hash of the event before it (expected {expected}, found {found})',
  'revision-gap': 'its revision is out of sequence (expected {expected}, found {found})',
  'wrong-stream': 'it belongs to another stream (expected {expected}, found {found})',
  malformed: 'it is malformed: {found}',
};

export function describeBreak(b: EventBreak): string {
  const reason = REASONS[b.reason].replace('{expected}', b.expected).replace('{found}', b.found);
  return `event #${b.index + 1} (revision ${b.revision}, ${b.type}, id ${b.id}) does not hold: ${reason}`;
}

function toRecorded(event: BundleEvent): RecordedEvent {
  return { ...event, position: BigInt(event.position) };
}

function malformed(value: unknown, error: BundleShapeError): BundleVerdict {
  const verdict: BundleVerdict = { holds: false, eventsChecked: 0, eventCount: 0, problems: [] };
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
