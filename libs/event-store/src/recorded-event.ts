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

/** An event as stored: the envelope of DESIGN.md plus its data. */
export interface RecordedEvent<Type extends string = string, Data = JsonObject> {
  id: string;
  type: Type;
  schemaVersion: number;
  stream: string;
  /** 0-based position inside its stream. */
  revision: number;
  /** Position in the global log ($all); only grows. */
  position: bigint;
  data: Data;
  metadata: EventMetadata;
  /** Hash of the previous event in the same stream; null for the first. */
  prevHash: string | null;
  /** SHA-256 (hex) over the canonical serialisation of everything above except position. */
  hash: string;
}
