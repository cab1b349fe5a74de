import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';

/** Largest global position accepted (a signed 64-bit integer, as every store keeps it). */
const MAX_POSITION = 2n ** 63n - 1n;
const MESSAGE =
  'after must be a global position: digits only, e.g. ?after=1042 (the position a write answered)';

/** The `after` query parameter as a position; a 400 naming `after` for anything but one run of digits. */
export function parseAfter(value: unknown): bigint {
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value) || BigInt(value) > MAX_POSITION) {
    throw new ProblemException({
      type: ProblemType.validationFailed,
      title: 'Bad Request',
      status: 400,
      detail: MESSAGE,
      errors: [{ field: 'after', message: MESSAGE }],
    });
  }
  return BigInt(value);
}
