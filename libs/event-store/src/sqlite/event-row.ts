import type { RecordedEvent } from '../recorded-event.js';

/** A row of the events table as better-sqlite3 returns it. */
export interface EventRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  prev_hash: string | null;
  hash: string;
}

export const SQL = {
  select:
    'SELECT position, id, stream, revision, type, schema_version, data, metadata, prev_hash, hash FROM events',
};

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    stream: row.stream,
    revision: row.revision,
    position: BigInt(row.position),
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
