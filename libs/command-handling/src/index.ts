/** The public face of libs/command-handling: the one seam every write of the service goes through. */
export { handle, toNewEvents, type CommandResult, type HandleOptions } from './handle-command.js';
export { stampOf, type CommandContext } from './command-context.js';
export { ConcurrencyConflictError, PreconditionFailedError, StreamNotFoundError } from './command-errors.js';
export { derivedId, eventIdFor } from './event-ids.js';
