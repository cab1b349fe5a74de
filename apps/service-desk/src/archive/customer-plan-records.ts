import type { Kysely } from 'kysely';
import type { ArchiveDb } from '#projections';
import type {
  ArchiveInspectionDto,
  ArchivePhaseSurveyDto,
  ArchiveRevisitDto,
} from './archive-plan-records.dto.js';

export interface CustomerPlanRecords {
  inspections: ArchiveInspectionDto[];
  revisits: ArchiveRevisitDto[];
  phaseSurveys: ArchivePhaseSurveyDto[];
}

/** A customer's inspections, revisits and phase surveys done in [fromMs, toMs), by time. */
export async function customerPlanRecords(
  db: Kysely<ArchiveDb>,
  customerId: string,
  fromMs: number | undefined,
  toMs: number | undefined,
  contractNames: ReadonlyMap<string, string>,
): Promise<CustomerPlanRecords> {
  let query = db.selectFrom('archive_plan_records').selectAll().where('customer_id', '=', customerId);
  if (fromMs !== undefined) query = query.where('done_at', '>=', fromMs);
  if (toMs !== undefined) query = query.where('done_at', '<', toMs);
  const rows = await query.orderBy('done_at').orderBy('record_id').execute();
  const records: CustomerPlanRecords = { inspections: [], revisits: [], phaseSurveys: [] };
  for (const row of rows) {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    delete data.contractId;
    const head = { contractId: row.contract_id, contractName: contractNames.get(row.contract_id) ?? null };
    if (row.kind === 'inspection') records.inspections.push({ ...head, ...data } as ArchiveInspectionDto);
    else if (row.kind === 'revisit') records.revisits.push({ ...head, ...data } as ArchiveRevisitDto);
    else {
      const form = `/api/archive/contracts/${row.contract_id}/surveys/${encodeURIComponent(row.record_id)}/form`;
      records.phaseSurveys.push({ ...head, ...data, form } as ArchivePhaseSurveyDto);
    }
  }
  return records;
}
