import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';

/** 429 problem+json with Retry-After (seconds): too many failed logins for this name or from this address. */
export function tooManyAttempts(retryAfter: number, detail: string): ProblemException {
  return new ProblemException({
    type: ProblemType.tooManyAttempts,
    title: 'Too Many Requests',
    status: 429,
    detail,
    retryAfter,
  });
}
