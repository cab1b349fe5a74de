/** The two kinds of knowledge-base entry: a solved case (案例) and an emergency playbook (应急策略). */
export const KB_ENTRY_KINDS = ['case', 'playbook'] as const;
export type KbEntryKind = (typeof KB_ENTRY_KINDS)[number];
