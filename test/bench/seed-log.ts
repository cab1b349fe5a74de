/**
 * Fills an event file with rows produced by the adapter's own code: its migration makes the table and
 * its `planRecords` makes each record (revision, hash chain, recordedAt) exactly as an append would,
 * in streams of 10 events. The rows are inserted with plain better-sqlite3, 10 000 per transaction and
 * with `synchronous=OFF` on this connection only: the seed is not measured, and the adapter's CPU cost
 * per event (validation, hashing, savepoints, one lookup per id) would make 1M events take minutes.
 */
import Database from 'better-sqlite3';
import cliProgress from 'cli-progress';
import { planRecords } from '../../libs/event-store/src/append-plan.js';
import { migrateEventSchema } from '../../libs/event-store/src/sqlite/event-store-schema.js';
import { streamName, ticketEvent } from './bench-events.js';
import { now } from './measure.js';
import type { RawRow } from './bench-events.js';

const EVENTS_PER_STREAM = 10;
const ROWS_PER_TRANSACTION = 10_000;

export async function seedLog(file: string, events: number): Promise<{ seconds: number }> {
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
    { format: '  seeding [{bar}] {value}/{total} events, {eta}s left', etaBuffer: 20 },
    cliProgress.Presets.legacy,
  );
  const start = now();
  bar.start(events, 0);
  try {
    let n = 0;
    while (n < events) {
      const rows: RawRow[] = [];
      const recordedAt = new Date().toISOString();
      while (rows.length < ROWS_PER_TRANSACTION && n < events) {
        const stream = streamName(n);
        const batch = Array.from({ length: Math.min(EVENTS_PER_STREAM, events - n) }, () => ticketEvent(n++));
        for (const r of planRecords(stream, batch, undefined, recordedAt)) {
          const row: RawRow = [
            r.id,
            r.stream,
            r.revision,
            r.type,
            r.schemaVersion,
            '',
            '',
            r.prevHash,
            r.hash,
          ];
          row[5] = JSON.stringify(r.data);
          row[6] = JSON.stringify(r.metadata);
          rows.push(row);
        }
      }
      insertAll(rows);
      bar.update(n);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    bar.stop();
    db.close();
  }
  return { seconds: Number(now() - start) / 1e9 };
}
