import { DomainError } from './domain-error.js';

/** A creating command was sent to a stream that already holds its aggregate (HTTP 409). */
export class AlreadyExistsError extends DomainError {
  readonly code = 'already_exists';

  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`The ${entity} ${id} already exists`);
  }
}
