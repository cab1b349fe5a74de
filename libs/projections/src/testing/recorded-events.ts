import { randomUUID } from 'node:crypto';
import {
  contractStream,
  customerStream,
  kbCaseStream,
  playbookStream,
  staffStream,
  TICKET_EVENT_TYPES,
  ticketEventInstant,
  ticketStream,
  type TicketEvent,
} from '#domain';
import {
  hashEvent,
  type Actor,
  type EventMetadata,
  type EventSource,
  type AnyEvent,
  type EventShape,
  type RecordedEvent,
} from '#event-store';

/**
 * What a test hands the store: a domain event ({ type, data }), an event as a writer appends it
 * (NewEvent), or an envelope already recorded. What it carries overrides the recording's defaults.
 */
export interface EventToRecord {
  readonly type: string;
  readonly data: unknown;
  readonly id?: string;
  readonly schemaVersion?: number;
  readonly stream?: string;
  readonly metadata?: Partial<EventMetadata>;
}

/** Defaults for the events that do not say otherwise. */
export interface RecordingOptions {
  /** Every event's stream; by default the one the write path names after the id in the data. */
  stream?: string;
  /** Default: agent-1, an agent. */
  actor?: Actor;
  /** Default: 'api'. */
  source?: EventSource;
  /** Business time; by default the instant the event's data names (a ticket event's own instant). */
  occurredAt?: string;
  /** The store's clock for every event; by default occurredAt plus recordedAfterMs. */
  recordedAt?: string;
  /** How long after its business time the store recorded each event (default 0). */
  recordedAfterMs?: number;
  /** Global position of the first event (default 1n). */
  startPosition?: bigint;
}

const AGENT: Actor = { id: 'agent-1', role: 'agent' };
const FALLBACK_INSTANT = '2026-11-03T10:00:00.000+08:00';

/** Streams named after the id the data carries, first match wins (a ticket's data also names its customer). */
const STREAM_BY_ID: [key: string, stream: (id: string) => string][] = [
  ['ticketId', ticketStream],
  ['caseId', kbCaseStream],
  ['playbookId', playbookStream],
  ['contractId', contractStream],
  ['customerId', customerStream],
  ['staffId', staffStream],
];

/**
 * The envelopes a store would record for these events, in this order, without a store: a UUID
 * each, revisions counted per stream from 0, global positions one after another, business and
 * recording times, actor and source, and each stream's hash chain.
 */
export function recordedEvents<E extends EventShape = AnyEvent>(
  events: readonly EventToRecord[],
  options: RecordingOptions = {},
): RecordedEvent<E>[] {
  const heads = new Map<string, { revision: number; hash: string }>();
  const start = options.startPosition ?? 1n;
  return events.map((event, i) => {
    const stream = event.stream ?? options.stream ?? streamOf(event);
    const head = heads.get(stream);
    const occurredAt = event.metadata?.occurredAt ?? options.occurredAt ?? instantOf(event, options);
    const unhashed = {
      id: event.id ?? randomUUID(),
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      stream,
      revision: head === undefined ? 0 : head.revision + 1,
      data: event.data as RecordedEvent['data'],
      metadata: {
        actor: event.metadata?.actor ?? options.actor ?? AGENT,
        source: event.metadata?.source ?? options.source ?? 'api',
        occurredAt,
        recordedAt: event.metadata?.recordedAt ?? options.recordedAt ?? later(occurredAt, options, event),
        ...correlation(event.metadata),
      },
      prevHash: head?.hash ?? null,
    };
    const hash = hashEvent(unhashed);
    heads.set(stream, { revision: unhashed.revision, hash });
    // Typed as the caller says: a test names the events it builds (recordedEvents<TicketEvent>(...)).
    return { ...unhashed, position: start + BigInt(i), hash } as unknown as RecordedEvent<E>;
  });
}

function streamOf(event: EventToRecord): string {
  const data = (event.data ?? {}) as Record<string, unknown>;
  for (const [key, stream] of STREAM_BY_ID) {
    if (typeof data[key] === 'string') return stream(data[key]);
  }
  throw new Error(`recordedEvents: name the stream of ${event.type}; its data carries no id to name it by`);
}

/** A ticket event's own instant; another event's first "…At" field; else the recording's clock. */
function instantOf(event: EventToRecord, options: RecordingOptions): string {
  const data = (event.data ?? {}) as Record<string, unknown>;
  if ((TICKET_EVENT_TYPES as readonly string[]).includes(event.type)) {
    const instant: unknown = ticketEventInstant(event as TicketEvent);
    if (typeof instant === 'string') return instant;
  }
  const named = Object.entries(data).find(([key, value]) => key.endsWith('At') && typeof value === 'string');
  return (named?.[1] as string | undefined) ?? options.recordedAt ?? FALLBACK_INSTANT;
}

function later(occurredAt: string, options: RecordingOptions, event: EventToRecord): string {
  const ms = Date.parse(occurredAt);
  if (Number.isNaN(ms))
    throw new Error(`recordedEvents: ${event.type} occurred at "${occurredAt}", not an instant`);
  return new Date(ms + (options.recordedAfterMs ?? 0)).toISOString();
}

function correlation(metadata: Partial<EventMetadata> | undefined): Partial<EventMetadata> {
  const ids: Partial<EventMetadata> = {};
  if (metadata?.commandId !== undefined) ids.commandId = metadata.commandId;
  if (metadata?.correlationId !== undefined) ids.correlationId = metadata.correlationId;
  if (metadata?.causationId !== undefined) ids.causationId = metadata.causationId;
  return ids;
}
