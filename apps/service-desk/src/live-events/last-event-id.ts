import type { FastifyRequest } from 'fastify';
import { parseGlobalPosition } from '../read-your-writes/global-position.js';

const MESSAGE = 'Last-Event-ID must be the id of an event this stream sent (a global position: digits only)';

/** The position to resume after, from the Last-Event-ID header (spaces around it ignored); undefined when absent. */
export function lastEventId(request: FastifyRequest): bigint | undefined {
  const value = request.headers['last-event-id'];
  if (value === undefined) return undefined;
  return parseGlobalPosition(typeof value === 'string' ? value.trim() : value, 'Last-Event-ID', MESSAGE);
}
