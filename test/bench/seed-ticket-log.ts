/**
 * Fills an event file with the bench ticket log (ticket-log.ts): records made by the adapter's own
 * planRecords (revisions, hash chains), inserted with plain better-sqlite3, 10 000 rows per
 * transaction with synchronous=OFF on this connection only, as seed-log.ts does. Not measured.
 */
import Database from 'better-sqlite3';
import cliProgress from 'cli-progress';
import { planRecords } from '../../libs/event-store/src/append-plan.js';
import { migrateEventSchema } from '../../libs/event-store/src/sqlite/event-store-schema.js';
import type { RawRow } from './bench-events.js';
import { now } from './measure.js';
import { benchDesk, benchTickets, type StreamBatch } from './ticket-log.js';

const ROWS_PER_TRANSACTION = 10_000;

export interface SeededTicketLog {
  events: number;
  tickets: number;
  seconds: number;
}

/** Writes the desk and then whole tickets until at least `events` events are stored. */
export async function seedTicketLog(file: string, events: number, seed = 20261130): Promise<SeededTicketLog> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  migrateEventSchema(db);
  const insert = db.prepare(
    `INSERT INTO events (id, stream, revision, type, schema_version, data, metadata, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAll = db.transaction((rows: readonly RawRow[]) => rows.forEach((row) => insert.run(...row)));
  const bar = new cliProgress.SingleBar(
    { format: '  seeding tickets [{bar}] {value}/{total} events, {eta}s left', etaBuffer: 20 },
    cliProgress.Presets.legacy,
  );
  const start = now();
  const nowMs = Date.now();
  const desk = benchDesk(nowMs);
  const tickets = benchTickets(desk, seed, nowMs);
  let written = 0;
  let ticketCount = 0;
  const toRows = (batch: StreamBatch, recordedAt: string): RawRow[] =>
    planRecords(batch.stream, batch.events, undefined, recordedAt).map((r) => [
      r.id,
      r.stream,
      r.revision,
      r.type,
      r.schemaVersion,
      JSON.stringify(r.data),
      JSON.stringify(r.metadata),
      r.prevHash,
      r.hash,
    ]);
  bar.start(events, 0);
  try {
    const recordedAt = new Date().toISOString();
    const setupRows = desk.setup.flatMap((batch) => toRows(batch, recordedAt));
    insertAll(setupRows);
    written += setupRows.length;
    while (written < events) {
      const rows: RawRow[] = [];
      const at = new Date().toISOString();
      while (rows.length < ROWS_PER_TRANSACTION && written + rows.length < events) {
        rows.push(...toRows(tickets.next().value as StreamBatch, at));
        ticketCount++;
      }
      insertAll(rows);
      written += rows.length;
      bar.update(written);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    bar.stop();
    db.close();
  }
  return { events: written, tickets: ticketCount, seconds: Number(now() - start) / 1e9 };
}
