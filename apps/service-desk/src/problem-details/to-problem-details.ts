import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { InvalidEventError, WrongExpectedRevisionError } from '#event-store';
import { DomainError } from '#domain';
import { fromDomainError } from './from-domain-error.js';
import { ConcurrencyConflictError, PreconditionFailedError, StreamNotFoundError } from '#command-handling';
import type { ProblemDetails } from './problem-details.js';
import { ProblemType } from './problem-types.js';
import { ProblemException } from './problem.exception.js';

const GENERIC_DETAIL = 'The service failed to handle the request. The failure has been logged.';
const MALFORMED_BODY_CODES = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

/**
 * How every error thrown while handling a request is answered (without `instance`, which the filter
 * adds). A 500 never carries the error's own text.
 */
export function toProblemDetails(error: unknown): ProblemDetails {
  if (error instanceof ProblemException) return error.problem;
  if (error instanceof InvalidEventError) {
    return {
      type: ProblemType.invalidEvent,
      title: 'Bad Request',
      status: 400,
      detail: error.message,
      errors: [{ field: error.field, message: `${error.field} ${error.reason}` }],
    };
  }
  if (error instanceof WrongExpectedRevisionError) {
    return {
      type: ProblemType.wrongExpectedRevision,
      title: 'Conflict',
      status: 409,
      detail: `${error.stream} changed since it was read: expected at revision ${String(error.expected)}, now at ${String(error.actual)}.`,
      stream: error.stream,
      expectedRevision: error.expected,
      currentRevision: error.actual,
    };
  }
  if (error instanceof PreconditionFailedError) {
    return {
      type: ProblemType.preconditionFailed,
      title: 'Precondition Failed',
      status: 412,
      detail: `${error.message}. Read it again and retry with the current revision.`,
      currentRevision: error.actual,
    };
  }
  if (error instanceof ConcurrencyConflictError) {
    return {
      type: ProblemType.concurrencyConflict,
      title: 'Conflict',
      status: 409,
      detail: error.message,
      currentRevision: error.actual,
      current: error.state,
    };
  }
  if (error instanceof StreamNotFoundError) {
    return { type: ProblemType.notFound, title: 'Not Found', status: 404, detail: error.message };
  }
  if (error instanceof DomainError) return fromDomainError(error);
  if (error instanceof HttpException) return fromHttpException(error);
  const status = clientErrorStatusOf(error);
  if (status !== undefined) return httpStatusProblem(status, (error as Error).message);
  return { type: ProblemType.internal, title: 'Internal Server Error', status: 500, detail: GENERIC_DETAIL };
}

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  if (status === 500)
    return { type: ProblemType.internal, title: 'Internal Server Error', status, detail: GENERIC_DETAIL };
  const detail = detailOf(exception.getResponse()) ?? exception.message;
  if (MALFORMED_BODY_CODES.has(codeOf(exception.cause) ?? '')) {
    return { type: ProblemType.malformedBody, title: 'Bad Request', status, detail };
  }
  return httpStatusProblem(status, detail);
}

function httpStatusProblem(status: number, detail: string): ProblemDetails {
  return { type: ProblemType.httpStatus, title: STATUS_CODES[status] ?? `HTTP ${status}`, status, detail };
}

/** Nest's exceptions answer `{ statusCode, message, error }`, where message may be a list. */
function detailOf(response: string | object): string | undefined {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return undefined;
}

/** Errors of Fastify and its plugins that reach us unmapped carry their 4xx status as statusCode. */
function clientErrorStatusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500
    ? status
    : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
