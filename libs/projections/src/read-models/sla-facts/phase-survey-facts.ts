import type { Transaction } from 'kysely';
import { instantMs, SATISFACTION_ITEMS, type ContractEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import { scoreColumn, type SlaFactsDb, type SlaPhaseSurveyRow } from './sla-facts.tables.js';

/** The contract-stream events sla-facts keeps for the phase-survey averages. */
export const PHASE_SURVEY_EVENTS = new Set(['ContractRegistered', 'PhaseSurveyRecorded'] as const);

/** ContractRegistered notes the contract's customer; PhaseSurveyRecorded adds one survey row. */
export async function applyPhaseSurveyFact(
  trx: Transaction<SlaFactsDb>,
  event: RecordedEvent<Extract<ContractEvent, { type: 'ContractRegistered' | 'PhaseSurveyRecorded' }>>,
): Promise<void> {
  if (event.type === 'ContractRegistered') {
    const { contractId, customerId } = event.data;
    await trx
      .insertInto('sla_contracts')
      .values({ contract_id: contractId, customer_id: customerId })
      .onConflict((oc) => oc.column('contract_id').doUpdateSet({ customer_id: customerId }))
      .execute();
    return;
  }
  const data = event.data;
  const contract = await trx
    .selectFrom('sla_contracts')
    .select('customer_id')
    .where('contract_id', '=', data.contractId)
    .executeTakeFirst();
  const row = {
    surveyed_at: instantMs(data.surveyedAt, 'surveyedAt'),
    survey_id: data.surveyId,
    contract_id: data.contractId,
    customer_id: contract?.customer_id ?? '',
    phase: data.phase,
    ...Object.fromEntries(SATISFACTION_ITEMS.map((item) => [scoreColumn(item), data.scores[item] ?? null])),
  } as SlaPhaseSurveyRow;
  await trx
    .insertInto('sla_phase_surveys')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}
