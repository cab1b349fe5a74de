import { DomainError } from './domain-error.js';

/** The command addresses something that does not exist (HTTP 404). */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';

  /** The id looked for, when the command gave one as text. */
  readonly id?: string;

  constructor(
    /** What was looked for: 'ticket', 'contract', 'customer', 'staff', 'contact'. */
    readonly entity: string,
    /** As the command gave it: anything that is not text is left out of the message. */
    id?: unknown,
  ) {
    const shown = typeof id === 'string' ? id : undefined;
    super(shown === undefined ? `No such ${entity}` : `No ${entity} ${shown}`);
    if (shown !== undefined) this.id = shown;
  }
}
