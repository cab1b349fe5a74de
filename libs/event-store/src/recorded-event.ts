/** Who did it. The id and role always come from the authenticated caller, never from a request body. */
export interface Actor {
  id: string;
  role: string;
}

export const EVENT_SOURCES = ['api', 'web', 'cli', 'scheduler', 'system'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Metadata the writer supplies. The store adds recordedAt, revision, position and the hashes. */
export interface NewEventMetadata {
  actor: Actor;
  source: EventSource;
  /** Business time (ISO 8601 with offset); may lie before recordedAt. Defaults to recordedAt. */
  occurredAt?: string;
  commandId?: string;
  correlationId?: string;
  causationId?: string;
}

export interface NewEvent<Type extends string = string, Data = JsonObject> {
  /** UUID; derive it from the command id so that a retried command appends nothing. */
  id: string;
  type: Type;
  /** Defaults to 1. Old versions are upcast on read, never rewritten. */
  schemaVersion?: number;
  data: Data;
  metadata: NewEventMetadata;
}

export interface EventMetadata {
  actor: Actor;
  source: EventSource;
  occurredAt: string;
  /** The store's clock at append time (ISO 8601, UTC). Never given by a client. */
  recordedAt: string;
  commandId?: string;
  correlationId?: string;
  causationId?: string;
}

/** What a domain event is made of: a type and the data that type carries (a union of these types an aggregate). */
export interface EventShape {
  type: string;
  data: unknown;
}

/** Any event, untyped: the store's own view. */
export interface AnyEvent {
  type: string;
  data: JsonObject;
}

/** The envelope of DESIGN.md around an event's type and data. */
export interface RecordedEnvelope {
  id: string;
  schemaVersion: number;
  stream: string;
  /** 0-based position inside its stream. */
  revision: number;
  /** Position in the global log ($all); only grows. */
  position: bigint;
  metadata: EventMetadata;
  /** Hash of the previous event in the same stream; null for the first. */
  prevHash: string | null;
  /** SHA-256 (hex) over the canonical serialisation of everything above except position. */
  hash: string;
}

/**
 * An event as stored: the envelope plus its type and data. Over a union of domain events it is a
 * union too, so narrowing on `type` narrows `data` (`RecordedEvent<TicketEvent>`).
 */
export type RecordedEvent<E extends EventShape = AnyEvent> = E extends EventShape
  ? RecordedEnvelope & { type: E['type']; data: E['data'] }
  : never;

/** The domain event inside a recorded event (or a union of them): its type and data only. */
export type DomainEventOf<R> = R extends EventShape ? { type: R['type']; data: R['data'] } : never;

/** The domain event inside a recorded one (type and data only), e.g. to fold it with a decider's evolve. */
export function domainEventOf<R extends RecordedEnvelope & EventShape>(event: R): DomainEventOf<R> {
  return { type: event.type, data: event.data } as DomainEventOf<R>;
}

/** domainEventOf for code generic over the event union (aggregateStream, the command seam). */
export function asDomainEvent<E extends EventShape>(event: RecordedEvent<E>): E {
  return { type: event.type, data: event.data } as E;
}

/** Whether a recorded event has one of the given types; narrows it (and its data) to them. */
export function isEventOf<R extends RecordedEnvelope & EventShape, T extends R['type']>(
  types: ReadonlySet<T>,
  event: R,
): event is Extract<R, { type: T }> {
  return (types as ReadonlySet<string>).has(event.type);
}
