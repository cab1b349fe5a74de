import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';

const MESSAGE = 'Last-Event-ID must be the id of an event this stream sent (a global position: digits only)';

/** The position to resume after, from the Last-Event-ID header; undefined when absent. */
export function lastEventId(request: FastifyRequest): bigint | undefined {
  const value = request.headers['last-event-id'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value.trim()) || BigInt(value.trim()) >= 2n ** 63n) {
    throw new ProblemException({
      type: ProblemType.validationFailed,
      title: 'Bad Request',
      status: 400,
      detail: MESSAGE,
      errors: [{ field: 'Last-Event-ID', message: MESSAGE }],
    });
  }
  return BigInt(value.trim());
}
