/** One failing input field of an RFC 9457 problem document, as the service names it. */
export interface FieldError {
  field: string;
  message: string;
}

/** A refused request: the service's problem+json (status, title, detail, field errors). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[] = [],
  ) {
    super(detail ?? title);
  }

  /** The message for one field (`data.` prefixes and body paths alike), if the service named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.endsWith(`.${field}`))?.message;
  }
}
