import { randomUUID } from 'node:crypto';
import type { NewEvent } from '#event-store';
import type { Projection } from './projection.js';

export interface NotesDb {
  notes: { stream: string; n: number; last_note: string };
}

/** A small projection for the runner's and host's own tests: 'Noted' events counted per stream. */
export function notesProjection(version = 1, failOn = 'boom'): Projection<NotesDb> {
  return {
    name: 'notes',
    version,
    handles: new Set(['Noted']),
    async createSchema(db) {
      await db.schema
        .createTable('notes')
        .addColumn('stream', 'text', (c) => c.primaryKey())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addColumn('last_note', 'text', (c) => c.notNull())
        .execute();
    },
    async apply(trx, event) {
      const note = String(event.data.note);
      if (note === failOn) throw new Error(`cannot project ${failOn}`);
      await trx
        .insertInto('notes')
        .values({ stream: event.stream, n: 1, last_note: note })
        .onConflict((oc) =>
          oc.column('stream').doUpdateSet((eb) => ({ n: eb('notes.n', '+', 1), last_note: note })),
        )
        .execute();
    },
  };
}

export function note(text: string, type = 'Noted'): NewEvent {
  return {
    id: randomUUID(),
    type,
    data: { note: text },
    metadata: { actor: { id: 'u1', role: 'agent' }, source: 'api' },
  };
}
