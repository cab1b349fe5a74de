import { slaClock, type ContractEvent, type FaultReportedData, type TicketEvent } from '#domain';
import type { EventShape, RecordedEvent } from '#event-store';
import { BUNDLE_INSTRUCTIONS } from './bundle-instructions.js';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  CANONICALIZATION,
  HASH_ALGORITHM,
  HASHED_FIELDS,
  type BundleEvent,
  type DisputeBundle,
  type PolicySource,
} from './dispute-bundle.js';

export interface BundleOptions {
  /** When the bundle is made (ISO 8601); also the instant the SLA is read at unless slaAt is given. */
  generatedAt: string;
  generatedBy: DisputeBundle['generatedBy'];
  slaAt?: string;
}

export const CHAIN_RULE =
  'prevHash of the event at revision 0 is null; prevHash of every later event is the hash of the event before it in the stream';

/**
 * Packs a ticket's recorded events (its whole stream, in revision order) into a dispute bundle.
 * Pure: the events are copied as stored, the SLA is read with the domain's slaClock.
 */
export function buildDisputeBundle(
  events: readonly RecordedEvent<TicketEvent>[],
  contractEvents: readonly RecordedEvent<ContractEvent>[],
  options: BundleOptions,
): DisputeBundle {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last || first.type !== 'FaultReported') {
    throw new Error('a dispute bundle needs a ticket stream that begins with FaultReported');
  }
  const reported = first.data;
  const at = options.slaAt ?? options.generatedAt;
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    generatedAt: options.generatedAt,
    asOf: at,
    generatedBy: options.generatedBy,
    ticket: {
      id: reported.ticketId,
      serviceNo: reported.serviceNo,
      customerId: reported.customerId,
      contractId: reported.contractId,
      stream: first.stream,
    },
    integrity: {
      canonicalization: CANONICALIZATION,
      hashAlgorithm: HASH_ALGORITHM,
      hashEncoding: 'hex',
      hashedFields: HASHED_FIELDS,
      chain: CHAIN_RULE,
      eventCount: events.length,
      headRevision: last.revision,
      headHash: last.hash,
    },
    events: events.map((e) => toBundleEvent<TicketEvent>(e)),
    policy: {
      version: reported.policyVersion,
      timeZone: reported.timeZone,
      slaPolicy: reported.slaPolicy,
      recordedIn:
        'data.slaPolicy, data.policyVersion and data.timeZone of the FaultReported event (revision 0)',
      source: policySource(contractEvents, reported),
    },
    sla: {
      function: 'slaClock(events, at) of libs/domain (src/sla/sla-clock.ts), rules in libs/domain/SLA.md',
      inputs: {
        at,
        events: 'every event of this bundle, in revision order (type and data)',
        policy: 'the snapshot in FaultReported, as in "policy"',
      },
      result: slaClock(ticketEvents(events), at),
    },
    instructions: [...BUNDLE_INSTRUCTIONS],
  };
}

/**
 * The contract stream's events from revision 0 to the SlaPolicySet of the ticket's policy version
 * (the events after it are left out: they cannot have changed the version that judged the ticket).
 */
function policySource(
  contractEvents: readonly RecordedEvent<ContractEvent>[],
  reported: FaultReportedData,
): PolicySource {
  const end = contractEvents.findIndex(
    (e) => e.type === 'SlaPolicySet' && e.data.version === reported.policyVersion,
  );
  if (end < 0) {
    throw new Error(
      `the contract stream ${contractEvents[0]?.stream ?? '(empty)'} has no SlaPolicySet of version ${reported.policyVersion}`,
    );
  }
  const prefix = contractEvents.slice(0, end + 1);
  return {
    stream: prefix[0].stream,
    policyEventHash: prefix[end].hash,
    events: prefix.map((e) => toBundleEvent<ContractEvent>(e)),
  };
}

export function toBundleEvent<E extends EventShape>(event: RecordedEvent<E>): BundleEvent<E> {
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    stream: event.stream,
    revision: event.revision,
    position: event.position.toString(),
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
    hash: event.hash,
  } as BundleEvent<E>;
}

/** The domain's view of recorded events: type and data only. */
export function ticketEvents(events: readonly { type: string; data: unknown }[]): TicketEvent[] {
  return events.map((e) => ({ type: e.type, data: e.data }) as TicketEvent);
}
