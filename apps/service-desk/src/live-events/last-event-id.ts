import type { FastifyRequest } from 'fastify';
import { parseGlobalPosition } from '../read-your-writes/global-position.js';

const MESSAGE = 'must be the id of an event this stream sent (a global position: digits only)';

/**
 * The position to resume after: the Last-Event-ID header (spaces around it ignored), else
 * `?lastEventId=`; undefined when neither is given.
 */
export function lastEventId(request: FastifyRequest, fromQuery: string | undefined): bigint | undefined {
  const value = request.headers['last-event-id'];
  if (value !== undefined) {
    return parseGlobalPosition(
      typeof value === 'string' ? value.trim() : value,
      'Last-Event-ID',
      `Last-Event-ID ${MESSAGE}`,
    );
  }
  if (fromQuery === undefined) return undefined;
  return parseGlobalPosition(fromQuery.trim(), 'lastEventId', `lastEventId ${MESSAGE}`);
}
