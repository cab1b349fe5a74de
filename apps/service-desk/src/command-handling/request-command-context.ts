import { randomUUID } from 'node:crypto';
import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { derivedId, type CommandContext } from '#command-handling';

const HEADER_TOKEN = /^[\x21-\x7e]{1,200}$/;

function badHeader(header: string, message: string): ProblemException {
  return new ProblemException({
    type: ProblemType.validationFailed,
    title: 'Bad Request',
    status: 400,
    detail: `${header} ${message}`,
    errors: [{ field: header, message: `${header} ${message}` }],
  });
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  if (Array.isArray(value)) throw badHeader(name, 'must be given once');
  return value;
}

/** If-Match: "<revision>" (quotes and W/ optional) → the revision the caller last saw. */
function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(value.trim());
  if (!match) throw badHeader('If-Match', 'must be a revision number, e.g. "3"');
  return Number(match[1]);
}

/**
 * The envelope part of a command sent over HTTP. The actor is the token's user; `now` is the
 * server's clock when the request arrived (stamped by stampReceivedAt); the command id is
 * derived from Idempotency-Key (scoped to the user, method and path) so that a retried request is
 * recognised, or random when there is none.
 */
export function commandContextFrom(request: FastifyRequest): CommandContext {
  const user = request.user;
  if (!user) throw new UnauthorizedException('No authenticated user on the request');
  if (!request.receivedAt) throw new Error('The clock hook did not stamp the request');
  const key = header(request, 'Idempotency-Key');
  if (key !== undefined && !HEADER_TOKEN.test(key)) {
    throw badHeader('Idempotency-Key', 'must be 1 to 200 visible ASCII characters');
  }
  const correlationId = header(request, 'X-Correlation-Id');
  if (correlationId !== undefined && !HEADER_TOKEN.test(correlationId)) {
    throw badHeader('X-Correlation-Id', 'must be 1 to 200 visible ASCII characters');
  }
  const path = request.url.split('?')[0];
  const commandId = key ? derivedId('idempotency-key', user.id, request.method, path, key) : randomUUID();
  return {
    actor: { id: user.id, role: user.role },
    now: request.receivedAt.toISOString(),
    source: header(request, 'X-Client') === 'web' ? 'web' : 'api',
    commandId,
    correlationId: correlationId ?? commandId,
    ifMatch: parseIfMatch(header(request, 'If-Match')),
  };
}

/** Handler parameter: the CommandContext of this request. */
export const RequestCommand = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  commandContextFrom(context.switchToHttp().getRequest<FastifyRequest>()),
);
