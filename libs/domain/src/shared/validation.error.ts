import { DomainError } from './domain-error.js';

/** A command field breaks a rule on its own value, e.g. a severity of 5 (HTTP 422). */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';

  constructor(
    /** Path of the failing field inside the command, e.g. 'data.reporter.name'. */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field} ${reason}`);
  }
}
