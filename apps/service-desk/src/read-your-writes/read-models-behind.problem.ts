import { ProblemException } from '../problem-details/problem.exception.js';

export const READ_MODELS_BEHIND_TYPE = 'urn:service-ledger:problem:read-models-behind';

/** 503: the read models did not reach the position asked for within the bounded wait. */
export function readModelsBehind(
  position: bigint,
  waitedMs: number,
  reached: bigint | null,
): ProblemException {
  return new ProblemException({
    type: READ_MODELS_BEHIND_TYPE,
    title: 'Service Unavailable',
    status: 503,
    detail:
      `The read models have not reached position ${position} within ${waitedMs} ms ` +
      `(they are at ${reached ?? 'none'}); retry shortly`,
    position: position.toString(),
    reached: reached === null ? null : reached.toString(),
    waitedMs,
  });
}
