import type { Kysely } from 'kysely';
import type { KbDb, KbEntryRow } from './kb.tables.js';
import { isChineseTerm, searchTerms } from './search-terms.js';

export interface KbSearch {
  /**
   * Free text: every term of it must occur (Chinese two-character words exactly, a lone Chinese
   * character anywhere in Chinese text, other words as prefixes).
   */
  q?: string;
  kind?: 'case' | 'playbook';
  limit: number;
  /** Only entries whose position is below this one (the previous page's last). */
  before?: number;
}

/** Cases and playbooks that match, most recently changed first; one more than `limit` tells of a next page. */
export async function searchKb(db: Kysely<KbDb>, search: KbSearch): Promise<KbEntryRow[]> {
  const terms = searchTerms(search.q ?? '');
  let query = db.selectFrom('kb_entries').selectAll();
  for (const term of terms) {
    query = query.where('id', 'in', (eb) => {
      const matching = eb.selectFrom('kb_terms').select('entry_id');
      if (!isChineseTerm(term)) return matching.where('term', '>=', term).where('term', '<', `${term}\uffff`);
      if ([...term].length > 1) return matching.where('term', '=', term);
      return matching.where((w) => w.or([w('term', 'like', `${term}%`), w('term', 'like', `%${term}`)]));
    });
  }
  if (search.kind !== undefined) query = query.where('kind', '=', search.kind);
  if (search.before !== undefined) query = query.where('position', '<', search.before);
  return query
    .orderBy('position', 'desc')
    .limit(search.limit + 1)
    .execute();
}
