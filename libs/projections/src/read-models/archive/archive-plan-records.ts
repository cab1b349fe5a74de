import type { Transaction } from 'kysely';
import { instantMs, type ContractEvent } from '#domain';
import type { ArchiveDb, ArchivePlanRecordRow } from './archive.tables.js';

/** The service plan's records on a contract stream that the archive keeps. */
export const PLAN_RECORD_EVENT_TYPES = [
  'InspectionRecorded',
  'RevisitRecorded',
  'PhaseSurveyRecorded',
] as const;

type PlanRecordEvent = Extract<ContractEvent, { type: (typeof PLAN_RECORD_EVENT_TYPES)[number] }>;

function planRecord(event: PlanRecordEvent): Omit<ArchivePlanRecordRow, 'customer_id'> {
  const base = { contract_id: event.data.contractId, data: JSON.stringify(event.data) };
  const at = (iso: string) => ({ done_at: instantMs(iso, 'done_at'), done_at_iso: iso });
  switch (event.type) {
    case 'InspectionRecorded':
      return {
        kind: 'inspection',
        record_id: event.data.inspectionId,
        period: event.data.period,
        ...at(event.data.inspectedAt),
        ...base,
      };
    case 'RevisitRecorded':
      return {
        kind: 'revisit',
        record_id: event.data.revisitId,
        period: event.data.period,
        ...at(event.data.revisitedAt),
        ...base,
      };
    case 'PhaseSurveyRecorded':
      return {
        kind: 'phase_survey',
        record_id: event.data.surveyId,
        period: event.data.phase,
        ...at(event.data.surveyedAt),
        ...base,
      };
  }
}

/** Keeps one row per inspection, revisit or phase survey, with the contract's customer. */
export async function applyPlanRecordEvent(
  trx: Transaction<ArchiveDb>,
  event: PlanRecordEvent,
): Promise<void> {
  const record = planRecord(event);
  const contract = await trx
    .selectFrom('archive_contracts')
    .select('customer_id')
    .where('contract_id', '=', record.contract_id)
    .executeTakeFirst();
  await trx
    .insertInto('archive_plan_records')
    .values({ ...record, customer_id: contract?.customer_id ?? '' })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
