import type { Transaction } from 'kysely';
import { CASE_EVENT_TYPES, PLAYBOOK_EVENT_TYPES } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';
import { createKbSchema } from './kb.schema.js';
import type { KbDb, KbEntryRow } from './kb.tables.js';
import { searchTerms } from './search-terms.js';

type Data = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * kb: the knowledge base (知识库). Cases (from CasePublished / CaseRevised) and emergency playbooks
 * (PlaybookWritten / PlaybookRevised) with their current text, every earlier text with its reason,
 * and a term index for GET /api/kb?q= (Chinese as overlapping two-character words, other words
 * lower-cased). Rebuilt from position 0 it gives the same rows.
 */
export const kbProjection: Projection<KbDb> = {
  name: 'kb',
  version: 1,
  handles: new Set<string>([...CASE_EVENT_TYPES, ...PLAYBOOK_EVENT_TYPES]),
  createSchema: createKbSchema,
  async apply(trx, event) {
    const d = event.data as Data;
    switch (event.type) {
      case 'CasePublished': {
        const product = (d.product ?? {}) as Data;
        const row = entry(event, {
          id: String(d.caseId),
          kind: 'case',
          title: String(d.symptom),
          ticket_id: text(d.ticketId),
          ...caseText(d),
          product_name: text(product.name),
          product_version: text(product.version),
          created_by: String(d.publishedBy),
          created_at: String(d.publishedAt),
        });
        return write(trx, event, row, null);
      }
      case 'PlaybookWritten': {
        const row = entry(event, {
          id: String(d.playbookId),
          kind: 'playbook',
          playbook_kind: text(d.kind),
          ...playbookText(d),
          created_by: String(d.writtenBy),
          created_at: String(d.writtenAt),
        });
        return write(trx, event, row, null);
      }
      case 'CaseRevised':
      case 'PlaybookRevised': {
        const id = String(event.type === 'CaseRevised' ? d.caseId : d.playbookId);
        const current = await trx
          .selectFrom('kb_entries')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (current === undefined) return;
        const changes =
          event.type === 'CaseRevised' ? { ...caseText(d), title: String(d.symptom) } : playbookText(d);
        const row: KbEntryRow = {
          ...current,
          ...changes,
          revision: current.revision + 1,
          updated_at: String(d.revisedAt),
          position: Number(event.position),
        };
        return write(trx, event, row, { reason: String(d.reason), author: String(d.revisedBy) });
      }
    }
  },
};

function caseText(d: Data) {
  return { symptom: text(d.symptom), cause: text(d.cause), fix: text(d.fix), category: text(d.category) };
}

function playbookText(d: Data) {
  return { title: String(d.title), prevention: text(d.prevention), response: text(d.response) };
}

function entry(event: RecordedEvent, fields: Partial<KbEntryRow>): KbEntryRow {
  return {
    ticket_id: null,
    symptom: null,
    cause: null,
    fix: null,
    category: null,
    product_name: null,
    product_version: null,
    playbook_kind: null,
    prevention: null,
    response: null,
    revision: 0,
    updated_at: fields.created_at ?? '',
    position: Number(event.position),
    ...fields,
  } as KbEntryRow;
}

/** The text fields of a row, as its revision records them. */
function revisionText(row: KbEntryRow): Data {
  return row.kind === 'case'
    ? { symptom: row.symptom, cause: row.cause, fix: row.fix, category: row.category }
    : { title: row.title, prevention: row.prevention, response: row.response };
}

/** Everything of a row that search looks at. */
function searchable(row: KbEntryRow): string {
  return [
    row.title,
    row.symptom,
    row.cause,
    row.fix,
    row.category,
    row.product_name,
    row.product_version,
    row.playbook_kind?.replaceAll('_', ' '),
    row.prevention,
    row.response,
  ]
    .filter((part) => typeof part === 'string')
    .join('\n');
}

async function write(
  trx: Transaction<KbDb>,
  event: RecordedEvent,
  row: KbEntryRow,
  revised: { reason: string; author: string } | null,
): Promise<void> {
  await trx
    .insertInto('kb_entries')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  await trx
    .insertInto('kb_revisions')
    .values({
      entry_id: row.id,
      revision: row.revision,
      text: JSON.stringify(revisionText(row)),
      reason: revised?.reason ?? null,
      author: revised?.author ?? row.created_by,
      at: row.updated_at,
      position: Number(event.position),
    })
    .onConflict((oc) => oc.columns(['entry_id', 'revision']).doNothing())
    .execute();
  await trx.deleteFrom('kb_terms').where('entry_id', '=', row.id).execute();
  const terms = searchTerms(searchable(row));
  for (let i = 0; i < terms.length; i += 200) {
    await trx
      .insertInto('kb_terms')
      .values(terms.slice(i, i + 200).map((term) => ({ term, entry_id: row.id })))
      .execute();
  }
}
