import { DomainError } from './domain-error.js';

/** The command is not allowed in the aggregate's current status (HTTP 409). */
export class InvalidTransitionError extends DomainError {
  readonly code = 'invalid_transition';

  constructor(
    /** The status the aggregate is in, e.g. 'reported'. */
    readonly status: string,
    /** The command type that was refused, e.g. 'Resolve'. */
    readonly command: string,
    aggregate = 'ticket',
  ) {
    super(`${command} is not allowed: the ${aggregate} is ${status}`);
  }
}
