import { ProblemType } from './problem-types.js';
import { ProblemException } from './problem.exception.js';
import type { FieldError } from './problem-details.js';

/** The request's input broke the rules of its DTO; `errors` names every failing field. */
export class ValidationFailedException extends ProblemException {
  constructor(errors: FieldError[]) {
    super({
      type: ProblemType.validationFailed,
      title: 'Bad Request',
      status: 400,
      detail: `The request is not valid: ${errors.length} problem${errors.length === 1 ? '' : 's'} with its fields.`,
      errors,
    });
  }
}
