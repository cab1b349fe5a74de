import type { Kysely } from 'kysely';
import {
  instantMs,
  periodMonths,
  servicePlanStatus,
  type ContractEvent,
  type InspectionFindings,
  type PhaseSurveyRecordedData,
  type RevisitAnswers,
  type ServicePlanOutcome,
  type ServicePlanPeriod,
} from '#domain';
import type { EventStore } from '#event-store';
import type { ArchiveDb } from '#projections';
import { contractEvents } from './contract-events.js';
import type { ReportPeriod } from './report-period.js';

interface PlanItem {
  contractId: string;
  contract: string;
  /** 'YYYY-MM' (inspection) or 'YYYY-Qn' (revisit), in the contract's zone. */
  period: string;
  status: ServicePlanOutcome;
  dueBy: string;
  doneAt?: string;
}

export interface MaintenanceInspection extends PlanItem {
  inspectionId?: string;
  inspectorId?: string;
  findings?: InspectionFindings;
  override?: { by: string; reason: string };
}

export interface MaintenanceRevisit extends PlanItem {
  revisitId?: string;
  contactName?: string;
  answers?: RevisitAnswers;
  recordedBy?: string;
}

/** A phase survey answered in the period, as the contract recorded it (less who typed it in), with the contract's name. */
export type MaintenancePhaseSurvey = Omit<PhaseSurveyRecordedData, 'recordedBy'> & { contract: string };

export interface CustomerServicePlan {
  inspections: MaintenanceInspection[];
  revisits: MaintenanceRevisit[];
  phaseSurveys: MaintenancePhaseSurvey[];
}

/** What an inspection and a revisit of the report share: the contract, the period and its outcome. */
function periodOf(row: ServicePlanPeriod, contractId: string, contract: string) {
  return {
    contractId,
    contract,
    period: row.period,
    status: row.status,
    dueBy: row.dueBy,
    ...(row.doneAt !== undefined && { doneAt: row.doneAt }),
  };
}

/**
 * One customer's inspections (the period's months), revisits (the quarter of the period) and
 * phase surveys (answered in the period), read from its contracts' own streams, so they are exact
 * as of `asOf`; each inspection and revisit with its status as the domain's servicePlanStatus gives it.
 */
export async function customerServicePlan(
  archive: Kysely<ArchiveDb>,
  store: EventStore,
  customerId: string,
  period: Pick<ReportPeriod, 'fromMs' | 'toMs'> & { name: string },
  asOf: string,
): Promise<CustomerServicePlan> {
  const contracts = await archive
    .selectFrom('archive_contracts')
    .select(['contract_id', 'name'])
    .where('customer_id', '=', customerId)
    .orderBy('name')
    .orderBy('contract_id')
    .execute();
  const [from, to] = periodMonths(period.name);
  const plan: CustomerServicePlan = { inspections: [], revisits: [], phaseSurveys: [] };
  for (const { contract_id: contractId, name: contract } of contracts) {
    const events = await contractEvents(store, contractId);
    const status = servicePlanStatus(events, from, to, asOf);
    if (!status) continue;
    const inspections = new Map<string, ContractEvent & { type: 'InspectionRecorded' }>();
    const revisits = new Map<string, ContractEvent & { type: 'RevisitRecorded' }>();
    for (const event of events) {
      if (event.type === 'InspectionRecorded') inspections.set(event.data.inspectionId, event);
      if (event.type === 'RevisitRecorded') revisits.set(event.data.revisitId, event);
      if (event.type === 'PhaseSurveyRecorded') {
        const at = instantMs(event.data.surveyedAt, 'surveyedAt');
        if (at < period.fromMs || at >= period.toMs) continue;
        const { surveyId, phase, product, implementingTeam, respondent, scores, comments, surveyedAt } =
          event.data;
        plan.phaseSurveys.push({
          contractId,
          contract,
          surveyId,
          phase,
          product,
          ...(implementingTeam !== undefined && { implementingTeam }),
          respondent,
          scores,
          ...(comments !== undefined && { comments }),
          surveyedAt,
        });
      }
    }
    for (const row of status.inspections) {
      const found = row.recordId === undefined ? undefined : inspections.get(row.recordId)?.data;
      plan.inspections.push({
        ...periodOf(row, contractId, contract),
        ...(found && {
          inspectionId: found.inspectionId,
          inspectorId: found.inspectorId,
          findings: found.findings,
          ...(found.override && { override: found.override }),
        }),
      });
    }
    for (const row of status.revisits) {
      const found = row.recordId === undefined ? undefined : revisits.get(row.recordId)?.data;
      plan.revisits.push({
        ...periodOf(row, contractId, contract),
        ...(found && {
          revisitId: found.revisitId,
          contactName: found.contactName,
          answers: found.answers,
          recordedBy: found.recordedBy,
        }),
      });
    }
  }
  plan.phaseSurveys.sort((a, b) => instantMs(a.surveyedAt, 'a') - instantMs(b.surveyedAt, 'b'));
  return plan;
}
