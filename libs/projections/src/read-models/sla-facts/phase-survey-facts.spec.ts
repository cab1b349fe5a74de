import type { Kysely } from 'kysely';
import { ProjectionSpecification } from '../../testing/projection-specification.js';
import type { EventToRecord } from '../../testing/recorded-events.js';
import { slaFactsProjection } from './sla-facts.projection.js';
import type { SlaFactsDb } from './sla-facts.tables.js';

const given = ProjectionSpecification.for(slaFactsProjection, {
  occurredAt: '2026-03-20T10:00:00.000+08:00',
});

const registered: EventToRecord = {
  type: 'ContractRegistered',
  data: { contractId: 'c-1', customerId: 'cu-1', name: 'Contract one (fictional)' },
};
const survey = (
  surveyId: string,
  phase: string,
  surveyedAt: string,
  scores: Record<string, number>,
): EventToRecord => ({
  type: 'PhaseSurveyRecorded',
  data: {
    contractId: 'c-1',
    surveyId,
    phase,
    product: { name: 'DIP platform', version: '3.2' },
    respondent: 'Zhao Lei (fictional)',
    scores,
    surveyedAt,
    recordedBy: 'agent-1',
  },
});
const training = survey('S1', 'training', '2026-03-10T10:00:00.000+08:00', { overall: 4, trainingEffect: 0 });
const installation = survey('S2', 'installation', '2026-03-01T00:30:00.000+08:00', {
  overall: 5,
  installationQuality: 3,
});

const rowsOf = (db: Kysely<SlaFactsDb>) =>
  db
    .selectFrom('sla_phase_surveys')
    .select(['surveyed_at', 'survey_id', 'contract_id', 'customer_id', 'phase'])
    .select(['score_overall', 'score_training_effect', 'score_installation_quality', 'score_response_time'])
    .orderBy('surveyed_at')
    .execute();

describe('sla-facts: phase surveys', () => {
  it('keeps one row per phase survey with the contract’s customer, in survey-time order, 0 kept as given', async () => {
    await given([registered])
      .when([training, installation])
      .then(async (db) => {
        expect(await rowsOf(db)).toEqual([
          {
            surveyed_at: Date.parse('2026-02-28T16:30:00Z'),
            survey_id: 'S2',
            contract_id: 'c-1',
            customer_id: 'cu-1',
            phase: 'installation',
            score_overall: 5,
            score_training_effect: null,
            score_installation_quality: 3,
            score_response_time: null,
          },
          {
            surveyed_at: Date.parse('2026-03-10T02:00:00Z'),
            survey_id: 'S1',
            contract_id: 'c-1',
            customer_id: 'cu-1',
            phase: 'training',
            score_overall: 4,
            score_training_effect: 0,
            score_installation_quality: null,
            score_response_time: null,
          },
        ]);
        expect(await db.selectFrom('sla_contracts').selectAll().execute()).toEqual([
          { contract_id: 'c-1', customer_id: 'cu-1' },
        ]);
      });
  });

  it('handles ContractRegistered and PhaseSurveyRecorded, and is at version 3', () => {
    expect(slaFactsProjection.handles.has('PhaseSurveyRecorded')).toBe(true);
    expect(slaFactsProjection.handles.has('ContractRegistered')).toBe(true);
    expect(slaFactsProjection.version).toBe(3);
  });

  it('gives the same rows in one batch as one by one', async () => {
    // The specification applies the events both ways and compares every table before this runs.
    await given([])
      .when([registered, training, installation])
      .then(async (db) => expect(await rowsOf(db)).toHaveLength(2));
  });
});
