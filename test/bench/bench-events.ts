/** The events every scenario writes: a ticket note of a realistic size, and the same row as raw SQLite stores it. */
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '#event-store';

const actor = { id: 'agent-0042', role: 'agent' } as const;
const note =
  'Customer reports the compressor restarts every few minutes; relay replaced, unit under observation for 24h.';

export function ticketEvent(n: number): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: 'TicketNoteAdded',
    data: { ticketId: `T-${100000 + (n % 900000)}`, note, visibility: 'internal', n },
    metadata: { actor, source: 'api', commandId, correlationId: commandId },
  };
}

export function streamName(n: number): string {
  return `ticket-${n}-${randomUUID()}`;
}

/** The values of one events row, in the column order of RAW_INSERT. */
export type RawRow = [
  id: string,
  stream: string,
  revision: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  prevHash: string | null,
  hash: string,
];

/** A stand-in for a SHA-256 hex digest: same length, no hashing (the raw floor does no JS work beyond SQLite). */
const FAKE_HASH = 'f'.repeat(64);

/** The row the adapter would store for ticketEvent(n), with the same sizes; hashes are not computed. */
export function rawRow(n: number, stream: string, revision: number, recordedAt: string): RawRow {
  const event = ticketEvent(n);
  const metadata = { ...event.metadata, occurredAt: recordedAt, recordedAt };
  return [
    event.id,
    stream,
    revision,
    event.type,
    1,
    JSON.stringify(event.data),
    JSON.stringify(metadata),
    revision === 0 ? null : FAKE_HASH,
    FAKE_HASH,
  ];
}
