import {
  AlreadyExistsError,
  BackdatingError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
  type DomainError,
} from '#domain';
import type { ProblemDetails } from './problem-details.js';
import { ProblemType } from './problem-types.js';

/** The domain refused a command: its error becomes the answer, with the rule's code. */
export function fromDomainError(error: DomainError): ProblemDetails {
  const base = { detail: error.message, code: error.code };
  if (error instanceof InvalidTransitionError) {
    return {
      ...base,
      type: ProblemType.invalidTransition,
      title: 'Conflict',
      status: 409,
      currentStatus: error.status,
    };
  }
  if (error instanceof AlreadyExistsError) {
    return { ...base, type: ProblemType.alreadyExists, title: 'Conflict', status: 409 };
  }
  if (error instanceof NotFoundError) {
    return { ...base, type: ProblemType.notFound, title: 'Not Found', status: 404 };
  }
  if (error instanceof ForbiddenError) {
    return { ...base, type: ProblemType.forbidden, title: 'Forbidden', status: 403 };
  }
  if (error instanceof BackdatingError) {
    return {
      ...base,
      type: ProblemType.domainRule,
      title: 'Unprocessable Content',
      status: 422,
      errors: [{ field: error.field, message: error.message }],
    };
  }
  if (error instanceof ValidationError) {
    const field = error.field.replace(/^data\./, '');
    return {
      ...base,
      type: ProblemType.domainRule,
      title: 'Unprocessable Content',
      status: 422,
      errors: [{ field, message: `${field} ${error.reason}` }],
    };
  }
  return { ...base, type: ProblemType.domainRule, title: 'Unprocessable Content', status: 422 };
}
