import { DomainError } from './domain-error.js';

/** The command addresses something that does not exist (HTTP 404). */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';

  constructor(
    /** What was looked for: 'ticket', 'contract', 'customer', 'staff', 'contact'. */
    readonly entity: string,
    readonly id?: string,
  ) {
    super(id === undefined ? `No such ${entity}` : `No ${entity} ${id}`);
  }
}
