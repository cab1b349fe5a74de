/** One failing input field of an RFC 9457 problem document, as the service names it. */
export interface FieldError {
  field: string;
  message: string;
}

/** Extension members of a problem document this UI reads. */
export interface ProblemExtensions {
  /** The domain rule's code, e.g. `invalid_transition`. */
  code?: string;
  /** With `invalid_transition`: the ticket's status now. */
  currentStatus?: string;
}

/** A refused request: the service's problem+json (status, title, detail, field errors). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[] = [],
    readonly extensions: ProblemExtensions = {},
  ) {
    super(detail ?? title);
  }

  /** The message for one field (`data.` prefixes and body paths alike), if the service named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.endsWith(`.${field}`))?.message;
  }
}
