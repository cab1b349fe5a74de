import type { AnyEvent, EventShape, RecordedEnvelope } from '#event-store';
import type { ContractEvent, SlaPolicy, SlaReading, TicketEvent } from '#domain';

/** What the `format` field of every dispute bundle says. */
export const BUNDLE_FORMAT = 'service-ledger/dispute-bundle';
/** The layout described here; a verifier refuses versions it does not know. */
export const BUNDLE_FORMAT_VERSION = 1;

export const CANONICALIZATION = 'RFC 8785 JSON Canonicalization Scheme (JCS)';
export const HASH_ALGORITHM = 'SHA-256';

/** The envelope fields each event's hash covers, in the object that is canonicalised. */
export const HASHED_FIELDS = [
  'stream',
  'revision',
  'id',
  'type',
  'schemaVersion',
  'data',
  'metadata',
  'prevHash',
] as const;

/** The envelope of an event exactly as stored, but with its global position as a decimal string (JSON has no bigint). */
export type BundleEnvelope = Omit<RecordedEnvelope, 'position'> & {
  /** Position in the store's global log, in decimal; not hashed (the log assigns it). */
  position: string;
};

/** Over a union of domain events a union too, as RecordedEvent: narrowing on `type` narrows `data`. */
export type BundleEvent<E extends EventShape = AnyEvent> = E extends EventShape
  ? BundleEnvelope & { type: E['type']; data: E['data'] }
  : never;

/**
 * The contract stream from its first event up to the SlaPolicySet event of the version that judged
 * the ticket: a chain prefix the verifier checks from revision 0, ending in the policy itself.
 */
export interface PolicySource {
  stream: string;
  /** Hash of the SlaPolicySet event, the last of `events`. */
  policyEventHash: string;
  events: BundleEvent<ContractEvent>[];
}

/**
 * A ticket's whole history with the proof that it was not changed: every event with its envelope
 * and hash chain, the SLA policy that judged the ticket, the SLA reading computed from the events,
 * and the stream's head hash. See libs/dispute-bundle/README.md.
 */
export interface DisputeBundle {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  /** When the service produced the bundle (ISO 8601, UTC). */
  generatedAt: string;
  /**
   * The instant the bundle describes (ISO 8601, UTC): the events recorded by then, the SLA read at
   * it. The same as generatedAt unless an earlier instant was asked for.
   */
  asOf: string;
  /** The caller who asked for it. */
  generatedBy: { id: string; username: string; role: string };
  /** A summary for people; the verifier checks it against the FaultReported event. */
  ticket: { id: string; serviceNo: string; customerId: string; contractId: string; stream: string };
  integrity: {
    canonicalization: typeof CANONICALIZATION;
    hashAlgorithm: typeof HASH_ALGORITHM;
    hashEncoding: 'hex';
    hashedFields: readonly string[];
    chain: string;
    eventCount: number;
    headRevision: number;
    /** The hash of the last event: it commits to every event before it. */
    headHash: string;
  };
  events: BundleEvent<TicketEvent>[];
  /**
   * The SLA policy version that judges the ticket: the snapshot recorded in FaultReported, and
   * where that version came from, the contract stream.
   */
  policy: {
    version: number;
    timeZone: string;
    slaPolicy: SlaPolicy;
    recordedIn: string;
    source: PolicySource;
  };
  sla: {
    function: string;
    /** The instant the SLA was read at; the other input is every event of the bundle, in order. */
    inputs: { at: string; events: string; policy: string };
    result: SlaReading;
  };
  instructions: string[];
}
