import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';

/** Largest global position accepted (a signed 64-bit integer, as every store keeps it). */
const MAX_POSITION = 2n ** 63n - 1n;

/**
 * A global position given in a request (one run of digits, at most MAX_POSITION); anything else is
 * a 400 naming `field` with `message`.
 */
export function parseGlobalPosition(value: unknown, field: string, message: string): bigint {
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value) || BigInt(value) > MAX_POSITION) {
    throw new ProblemException({
      type: ProblemType.validationFailed,
      title: 'Bad Request',
      status: 400,
      detail: message,
      errors: [{ field, message }],
    });
  }
  return BigInt(value);
}
