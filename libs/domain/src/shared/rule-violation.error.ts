import { DomainError } from './domain-error.js';

/**
 * A rule of the business forbids the command although the aggregate's status allows it
 * (HTTP 422). `code` names the rule, e.g. 'confirmation_required'.
 */
export class RuleViolationError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
