import {
  jsonEvent,
  type EventData,
  type Position,
  type RecordedEvent as EsdbEvent,
} from '@eventstore/db-client';
import type { EventMetadata, JsonObject, RecordedEvent } from '../recorded-event.js';

/**
 * Marks the events this adapter wrote and the layout of their envelope. Events without it
 * (system events, or events other programs wrote to the same server) are not part of the ledger.
 */
export const ENVELOPE_FORMAT = 'service-ledger/1';

/**
 * What an EventStoreDB event's metadata holds: the part of the envelope that has no native place
 * in an EventStoreDB record. The event id, type, stream and revision are the record's own fields,
 * the data is its JSON payload, and the global position is its place in $all.
 */
export interface EsdbEnvelope {
  format: typeof ENVELOPE_FORMAT;
  schemaVersion: number;
  metadata: EventMetadata;
  prevHash: string | null;
  hash: string;
  /** EventStoreDB's own conventions, so that its correlation projection and UI can follow a command. */
  $correlationId?: string;
  $causationId?: string;
}

/** The position a server returns when it has none (u64 max): events read from a stream before 22.6. */
const NO_POSITION = 2n ** 64n - 1n;

export function toEsdbEvent(record: Omit<RecordedEvent, 'position'>): EventData {
  const envelope: EsdbEnvelope = {
    format: ENVELOPE_FORMAT,
    schemaVersion: record.schemaVersion,
    metadata: record.metadata,
    prevHash: record.prevHash,
    hash: record.hash,
  };
  if (record.metadata.correlationId !== undefined) envelope.$correlationId = record.metadata.correlationId;
  if (record.metadata.causationId !== undefined) envelope.$causationId = record.metadata.causationId;
  return jsonEvent({ id: record.id, type: record.type, data: record.data, metadata: envelope });
}

/**
 * Our global position of an event: the prepare position of its record in the transaction log.
 * Unlike the commit position, it is the event's own place in every server version (events of
 * one transaction share a commit position in logs written before 20.6), and stream reads report
 * it too (from 22.6).
 */
export function positionOf(event: EsdbEvent): bigint {
  return serverPositionOf(event).prepare;
}

/** The event's full $all position, as a place a read or a subscription may start from. */
export function serverPositionOf(event: EsdbEvent): Position {
  const position = event.position;
  if (!position || position.prepare >= NO_POSITION || position.commit >= NO_POSITION) {
    throw new Error(
      `event ${event.id} of "${event.streamId}" came without its $all position: ` +
        'the EventStoreDB adapter needs EventStoreDB 22.6 or later (or KurrentDB)',
    );
  }
  return position;
}

/**
 * The ledger event an EventStoreDB event holds, or undefined when it is not one of ours
 * (a system event, an event without our envelope, or one whose payload is not a JSON object).
 */
export function fromEsdbEvent(event: EsdbEvent): RecordedEvent | undefined {
  if (!event.isJson || event.type.startsWith('$')) return undefined;
  const envelope = readEnvelope(event.metadata);
  if (!envelope || !isPlainObject(event.data)) return undefined;
  return {
    id: event.id.toLowerCase(),
    type: event.type,
    schemaVersion: envelope.schemaVersion,
    stream: event.streamId,
    revision: Number(event.revision),
    position: positionOf(event),
    data: event.data as JsonObject,
    metadata: envelope.metadata,
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
}

function readEnvelope(metadata: unknown): EsdbEnvelope | undefined {
  if (!isPlainObject(metadata) || metadata.format !== ENVELOPE_FORMAT) return undefined;
  const { schemaVersion, prevHash, hash } = metadata;
  const ok =
    Number.isSafeInteger(schemaVersion) &&
    isPlainObject(metadata.metadata) &&
    typeof hash === 'string' &&
    (prevHash === null || typeof prevHash === 'string');
  // Reason: the server's JSON, checked field by field just above.
  return ok ? (metadata as unknown as EsdbEnvelope) : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
