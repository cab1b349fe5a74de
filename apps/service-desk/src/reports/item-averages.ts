import { SATISFACTION_ITEMS, type SatisfactionScores } from '#domain';
import type { ItemAverages } from './phase-satisfaction.js';

/** Mean score per item over the answers 1..5 of the given surveys (0, not applicable, left out). */
export function itemAverages(surveys: readonly SatisfactionScores[]): ItemAverages {
  return Object.fromEntries(
    SATISFACTION_ITEMS.map((item) => {
      const answers = surveys.map((s) => s[item]).filter((v): v is number => v !== undefined && v > 0);
      return [item, answers.length === 0 ? null : answers.reduce((a, b) => a + b, 0) / answers.length];
    }),
  ) as ItemAverages;
}
