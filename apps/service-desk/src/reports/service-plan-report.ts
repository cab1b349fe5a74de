import type { Kysely } from 'kysely';
import { servicePlanStatus, type ServicePlanPeriod, type ServicePlanTotals } from '#domain';
import type { EventStore } from '#event-store';
import type { ArchiveDb } from '#projections';
import { contractEvents } from './contract-events.js';

export interface ContractServicePlan {
  contractId: string;
  customerId: string;
  name: string;
  planStartsIn: string;
  inspections: ServicePlanPeriod[];
  revisits: ServicePlanPeriod[];
  totals: { inspections: ServicePlanTotals; revisits: ServicePlanTotals };
}

export interface ServicePlanReport {
  from: string;
  to: string;
  asOf: string;
  contracts: ContractServicePlan[];
  totals: { inspections: ServicePlanTotals; revisits: ServicePlanTotals };
}

const zero = (): ServicePlanTotals => ({ due: 0, onTime: 0, late: 0, missed: 0 });
const add = (sum: ServicePlanTotals, t: ServicePlanTotals) => {
  sum.due += t.due;
  sum.onTime += t.onTime;
  sum.late += t.late;
  sum.missed += t.missed;
};

/**
 * Every contract's inspections (per month) and revisits (per quarter) from..to: due, on time, late,
 * missed. The contracts come from the archive read model; each plan is read from the contract's
 * own stream with the domain's servicePlanStatus, so it is exact as of `asOf`.
 */
export async function servicePlanReport(
  archive: Kysely<ArchiveDb>,
  store: EventStore,
  from: string,
  to: string,
  asOf: string,
): Promise<ServicePlanReport> {
  const contracts = await archive
    .selectFrom('archive_contracts')
    .select(['contract_id', 'customer_id', 'name'])
    .orderBy('name')
    .orderBy('contract_id')
    .execute();
  const report: ServicePlanReport = {
    from,
    to,
    asOf,
    contracts: [],
    totals: { inspections: zero(), revisits: zero() },
  };
  for (const contract of contracts) {
    const events = await contractEvents(store, contract.contract_id);
    const plan = servicePlanStatus(events, from, to, asOf);
    if (!plan) continue;
    report.contracts.push({
      contractId: contract.contract_id,
      customerId: contract.customer_id,
      name: contract.name,
      planStartsIn: plan.planStartsIn,
      inspections: plan.inspections,
      revisits: plan.revisits,
      totals: plan.totals,
    });
    add(report.totals.inspections, plan.totals.inspections);
    add(report.totals.revisits, plan.totals.revisits);
  }
  return report;
}

/** One CSV row per contract and period. */
export function servicePlanReportCsv(report: ServicePlanReport) {
  const header = ['contract', 'contractId', 'customerId', 'kind', 'period', 'status', 'dueBy', 'doneAt'];
  const rows = report.contracts.flatMap((c) => [
    ...c.inspections.map((p) => [
      c.name,
      c.contractId,
      c.customerId,
      'inspection',
      p.period,
      p.status,
      p.dueBy,
      p.doneAt ?? '',
    ]),
    ...c.revisits.map((p) => [
      c.name,
      c.contractId,
      c.customerId,
      'revisit',
      p.period,
      p.status,
      p.dueBy,
      p.doneAt ?? '',
    ]),
  ]);
  return { header, rows };
}
