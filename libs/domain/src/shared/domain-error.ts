/**
 * The base of every error the domain throws on purpose. `code` is a stable, machine-readable
 * string (snake_case) that the API layer maps to an HTTP status and puts in problem+json.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
