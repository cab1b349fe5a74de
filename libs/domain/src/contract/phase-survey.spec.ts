import { AlreadyExistsError } from '../shared/already-exists.error.js';
import type { Actor } from '../shared/actor.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { CONTRACT_REGISTERED } from '../testing/contract-fixtures.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { ContractCommand } from './contract.commands.js';
import { contractDecider } from './contract.decider.js';
import type { ContractEvent, PhaseSurveyRecordedData } from './contract.events.js';

const given = DeciderSpecification.for(contractDecider);
const CUSTOMER: Actor = { id: 'cust-1', role: 'customer' };
const ENGINEER: Actor = { id: 'eng-5', role: 'engineer' };
const NOW = '2026-03-20T10:00:00+08:00';

const survey = (actor: Actor, data: object = {}, now = NOW): ContractCommand =>
  ({
    type: 'RecordPhaseSurvey',
    data: {
      contractId: 'c-1',
      surveyId: 'sv-1',
      phase: 'training',
      respondent: 'Head nurse (fictional)',
      scores: { trainingEffect: 4, userManualUsefulness: 0, overall: 5 },
      ...data,
    },
    actor,
    now,
  }) as ContractCommand;

const surveyed = (data: Partial<PhaseSurveyRecordedData> = {}): ContractEvent => ({
  type: 'PhaseSurveyRecorded',
  data: {
    contractId: 'c-1',
    surveyId: 'sv-1',
    phase: 'training',
    product: { name: 'HIS', version: '5.1' },
    respondent: 'Head nurse (fictional)',
    scores: { trainingEffect: 4, userManualUsefulness: 0, overall: 5 },
    surveyedAt: '2026-03-20T10:00:00.000+08:00',
    recordedBy: 'cust-1',
    ...data,
  },
});

describe('RecordPhaseSurvey', () => {
  it('records the customer’s survey of a phase with the contract’s product', () => {
    given([CONTRACT_REGISTERED]).when(survey(CUSTOMER)).then([surveyed()]);
  });

  it('keeps the implementing team, comments and a past survey time', () => {
    given([CONTRACT_REGISTERED])
      .when(
        survey(CUSTOMER, {
          implementingTeam: 'Team East (fictional)',
          comments: '培训很细致',
          surveyedAt: '2026-03-18T09:00:00Z',
        }),
      )
      .then([
        surveyed({
          implementingTeam: 'Team East (fictional)',
          comments: '培训很细致',
          surveyedAt: '2026-03-18T17:00:00.000+08:00',
        }),
      ]);
  });

  it('refuses an unknown phase, naming the field', () => {
    given([CONTRACT_REGISTERED])
      .when(survey(CUSTOMER, { phase: 'party' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.phase'));
  });

  it('refuses a score of 6 and a survey without overall', () => {
    given([CONTRACT_REGISTERED])
      .when(survey(CUSTOMER, { scores: { overall: 6 } }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.scores.overall'));
    given([CONTRACT_REGISTERED])
      .when(survey(CUSTOMER, { scores: { trainingEffect: 3 } }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.scores.overall'));
  });

  it('refuses a future survey time', () => {
    given([CONTRACT_REGISTERED])
      .when(survey(CUSTOMER, { surveyedAt: '2026-03-21T10:00:00+08:00' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.surveyedAt'));
  });

  it('refuses the same survey id twice (409)', () => {
    given([CONTRACT_REGISTERED, surveyed()]).when(survey(CUSTOMER)).thenThrows(AlreadyExistsError);
  });

  it('is not an engineer’s to record', () => {
    given([CONTRACT_REGISTERED]).when(survey(ENGINEER)).thenThrows(ForbiddenError);
  });
});
