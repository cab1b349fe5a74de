/** One row per case and per playbook: its current text. */
export interface KbEntryRow {
  /** The case id or the playbook id. */
  id: string;
  kind: 'case' | 'playbook';
  /** A case's symptom, a playbook's title. */
  title: string;
  /** Case fields (null on a playbook). */
  ticket_id: string | null;
  symptom: string | null;
  cause: string | null;
  fix: string | null;
  category: string | null;
  product_name: string | null;
  product_version: string | null;
  /** Playbook fields (null on a case). */
  playbook_kind: string | null;
  prevention: string | null;
  response: string | null;
  /** Number of revisions since it was published or written (0 = as first written). */
  revision: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** Global position of its latest event: the order of the search results (newest first). */
  position: number;
}

/** Every text a case or playbook has had, the first one included (revision 0). */
export interface KbRevisionRow {
  entry_id: string;
  revision: number;
  /** The text fields of that revision, as JSON. */
  text: string;
  /** Why it was revised (null for revision 0). */
  reason: string | null;
  author: string;
  at: string;
  position: number;
}

/**
 * The search index: one row per (term, entry). Chinese runs give overlapping two-character words
 * (bigrams), other text lower-cased words.
 */
export interface KbTermRow {
  term: string;
  entry_id: string;
}

export interface KbDb {
  kb_entries: KbEntryRow;
  kb_revisions: KbRevisionRow;
  kb_terms: KbTermRow;
}
