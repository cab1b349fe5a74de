import { requireInteger } from './require.js';
import { ValidationError } from './validation.error.js';

/** Items of the satisfaction survey (客户满意度调查表), scored 5 very satisfied .. 1 very dissatisfied, 0 not applicable. */
export const SATISFACTION_ITEMS = [
  'productFunction',
  'packagingAndManuals',
  'systemQuality',
  'onTimeDelivery',
  'installationOnTime',
  'installationQuality',
  'engineerTechnicalAbility',
  'engineerProfessionalism',
  'engineerAttitude',
  'trainingEffect',
  'userManualUsefulness',
  'numberOfContacts',
  'responseTime',
  'maintenanceQuality',
  'overall',
] as const;
export type SatisfactionItem = (typeof SATISFACTION_ITEMS)[number];
/** `overall` is required; every other item is optional. */
export type SatisfactionScores = Partial<Record<SatisfactionItem, number>> & { overall: number };

/** Scores 0 (not applicable) to 5 (very satisfied); `overall` is required, unknown items refused. */
export function requireScores(value: unknown, field = 'data.scores'): SatisfactionScores {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(field, 'must map survey items to scores');
  }
  const scores: Partial<Record<SatisfactionItem, number>> = {};
  for (const [item, score] of Object.entries(value)) {
    if (!(SATISFACTION_ITEMS as readonly string[]).includes(item)) {
      throw new ValidationError(`${field}.${item}`, 'is not an item of the satisfaction survey');
    }
    scores[item as SatisfactionItem] = requireInteger(score, `${field}.${item}`, 0, 5);
  }
  if (scores.overall === undefined) throw new ValidationError(`${field}.overall`, 'is required');
  return scores as SatisfactionScores;
}
