import type { Kysely } from 'kysely';
import type { SlaFactsDb, SlaNameRow } from '#projections';
import type { GroupBy } from './sla-report.types.js';

const SEVERITY_LABELS: Record<string, string> = {
  '1': 'Level 1 (一级)',
  '2': 'Level 2 (二级)',
  '3': 'Level 3 (三级)',
  '4': 'Level 4 (四级)',
};
const WARRANTY_LABELS: Record<string, string> = {
  in_warranty: 'in warranty (质保期内)',
  out_of_warranty: 'out of warranty (质保期外)',
};
const NAMED: Partial<Record<GroupBy, SlaNameRow['kind']>> = {
  customer: 'customer',
  contract: 'contract',
  engineer: 'staff',
};

/** What people read for each group key: names of customers, contracts and engineers, severity and warranty in words. */
export async function groupLabels(
  db: Kysely<SlaFactsDb>,
  groupBy: GroupBy | null,
  keys: string[],
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (groupBy === 'severity') keys.forEach((k) => labels.set(k, SEVERITY_LABELS[k] ?? k));
  if (groupBy === 'warranty') keys.forEach((k) => labels.set(k, WARRANTY_LABELS[k] ?? k));
  if (groupBy === 'engineer') labels.set('unassigned', 'no engineer yet');
  const kind = groupBy === null ? undefined : NAMED[groupBy];
  if (kind && keys.length > 0) {
    const rows = await db
      .selectFrom('sla_names')
      .select(['id', 'name'])
      .where('kind', '=', kind)
      .where('id', 'in', keys)
      .execute();
    for (const row of rows) labels.set(row.id, row.name);
  }
  return labels;
}
