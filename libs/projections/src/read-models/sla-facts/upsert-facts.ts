import type { CompiledQuery, Transaction } from 'kysely';
import type { SlaFactsDb, SlaFactsRow } from './sla-facts.tables.js';

/**
 * Writes a ticket's row (insert, or replace on its ticket_id). The statement, about a hundred
 * columns, is compiled once per dialect and reused with each row's values: building and
 * compiling it through the query builder cost more than running it (~0.2 ms an event).
 */
export async function upsertFacts(trx: Transaction<SlaFactsDb>, row: SlaFactsRow): Promise<void> {
  const adapter = trx.getExecutor().adapter.constructor;
  let template = templates.get(adapter);
  if (!template) {
    const columns = Object.keys(row).sort() as (keyof SlaFactsRow)[];
    const ordered = Object.fromEntries(columns.map((c) => [c, row[c]])) as SlaFactsRow;
    const compiled = trx
      .insertInto('sla_facts')
      .values(ordered)
      .onConflict((oc) =>
        oc
          .column('ticket_id')
          .doUpdateSet((eb) =>
            Object.fromEntries(
              columns.filter((c) => c !== 'ticket_id').map((c) => [c, eb.ref(`excluded.${c}`)]),
            ),
          ),
      )
      .compile();
    templates.set(adapter, (template = { compiled, columns }));
  }
  const parameters = template.columns.map((c) => row[c]);
  await trx.executeQuery({ ...template.compiled, parameters });
}

const templates = new Map<unknown, { compiled: CompiledQuery; columns: (keyof SlaFactsRow)[] }>();
