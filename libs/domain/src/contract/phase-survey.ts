import { requireAfterRegistration } from '../shared/backdating.js';
import { contractRegisteredAt } from './contract-terms.js';
import type { Actor } from '../shared/actor.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { instantMs, zonedIso } from '../shared/instant.js';
import { requireProduct } from '../shared/product.js';
import { defined, optionalText, requireOneOf, requireText } from '../shared/require.js';
import { requireScores } from '../shared/satisfaction.js';
import { ValidationError } from '../shared/validation.error.js';
import type { RecordPhaseSurveyData } from './contract.commands.js';
import { IMPLEMENTATION_PHASES, type ContractEvent } from './contract.events.js';
import type { Contract } from './contract.state.js';

/**
 * The satisfaction survey at the end of an implementation phase: any number per phase (several
 * respondents), each with its own id; a second record with the same id is refused (409).
 */
export function recordPhaseSurvey(
  data: RecordPhaseSurveyData,
  contract: Contract,
  actor: Actor,
  nowMs: number,
): ContractEvent[] {
  const surveyId = requireText(data.surveyId, 'data.surveyId', 200);
  const phase = requireOneOf(data.phase, IMPLEMENTATION_PHASES, 'data.phase');
  const atMs = data.surveyedAt === undefined ? nowMs : instantMs(data.surveyedAt, 'data.surveyedAt');
  if (atMs > nowMs) throw new ValidationError('data.surveyedAt', 'must not lie in the future');
  requireAfterRegistration(atMs, contractRegisteredAt(contract), 'surveyedAt');
  const recorded = defined({
    contractId: contract.contractId,
    surveyId,
    phase,
    product: data.product === undefined ? contract.product : requireProduct(data.product, 'data.product'),
    implementingTeam: optionalText(data.implementingTeam, 'data.implementingTeam', 200),
    respondent: requireText(data.respondent, 'data.respondent', 200),
    scores: requireScores(data.scores),
    comments: optionalText(data.comments, 'data.comments'),
    surveyedAt: zonedIso(atMs, contract.timeZone),
    recordedBy: actor.id,
  });
  if (contract.surveyIds.includes(surveyId)) throw new AlreadyExistsError('survey', surveyId);
  return [{ type: 'PhaseSurveyRecorded', data: recorded }];
}
