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

/** The same row as an array, in SQL.select's column order (better-sqlite3 .raw(true) is ~35% cheaper). */
export type EventRowArray = [
  number,
  string,
  string,
  number,
  string,
  number,
  string,
  string,
  string | null,
  string,
];

export function arrayToRecordedEvent(row: EventRowArray): RecordedEvent {
  return {
    id: row[1],
    type: row[4],
    schemaVersion: row[5],
    stream: row[2],
    revision: row[3],
    position: BigInt(row[0]),
    data: JSON.parse(row[6]),
    metadata: JSON.parse(row[7]),
    prevHash: row[8],
    hash: row[9],
  };
}
