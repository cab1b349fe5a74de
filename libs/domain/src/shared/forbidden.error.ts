import { DomainError } from './domain-error.js';

/** The actor's role may not issue this command (HTTP 403). */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';

  constructor(
    readonly role: string,
    readonly command: string,
    reason?: string,
  ) {
    super(reason ?? `A ${role} may not ${command}`);
  }
}
