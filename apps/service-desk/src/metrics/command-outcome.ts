import { ConcurrencyConflictError, PreconditionFailedError, StreamNotFoundError } from '#command-handling';
import { DomainError } from '#domain';
import { InvalidEventError, WrongExpectedRevisionError } from '#event-store';
import type { CommandOutcome } from './service-metrics.js';

/** What a command's error says about it: refused by a rule, lost to another writer, or a failure. */
export function commandOutcomeOf(error: unknown): CommandOutcome {
  if (
    error instanceof WrongExpectedRevisionError ||
    error instanceof ConcurrencyConflictError ||
    error instanceof PreconditionFailedError
  ) {
    return 'conflict';
  }
  if (
    error instanceof DomainError ||
    error instanceof StreamNotFoundError ||
    error instanceof InvalidEventError
  ) {
    return 'rejected';
  }
  return 'error';
}

/** The domain command's type (`Respond`, `ReportFault`…); several commands decided together are joined with `+`. */
export function commandTypeOf(command: unknown): string | undefined {
  if (Array.isArray(command)) {
    const types = [...new Set(command.map(commandTypeOf))];
    return types.every((t) => t !== undefined) && types.length > 0 ? types.join('+') : undefined;
  }
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}
