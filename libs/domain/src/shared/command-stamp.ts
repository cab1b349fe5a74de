import { isRole, SYSTEM_ROLE, type Actor, type CommandActor, type Role } from './actor.js';
import { ForbiddenError } from './forbidden.error.js';
import { instantMs } from './instant.js';
import { ValidationError } from './validation.error.js';

/**
 * What every command carries besides its data: who issues it, the server's clock reading
 * when the handler took it (`now`), and optionally when it happened in the business
 * (`occurredAt`, e.g. the minute the phone rang; never later than `now`).
 */
export interface CommandStamp {
  actor: CommandActor;
  /** ISO 8601 instant with offset, from the server's clock. */
  now: string;
  /** ISO 8601 instant with offset, given by the user; defaults to `now`. */
  occurredAt?: string;
}

/** The command is an object of a known type with a `data` object (input from outside is never trusted). */
export function requireCommandShape(command: unknown, types: readonly string[]): void {
  const c = command as { type?: unknown; data?: unknown } | null;
  if (c === null || typeof c !== 'object') throw new ValidationError('command', 'must be an object');
  if (typeof c.type !== 'string' || !types.includes(c.type)) {
    throw new ValidationError('type', `must be one of ${types.join(', ')}`);
  }
  if (c.data === null || typeof c.data !== 'object' || Array.isArray(c.data)) {
    throw new ValidationError('data', 'must be an object');
  }
}

export function requireActor(actor: unknown): Actor {
  const a = actor as Partial<Actor> | undefined;
  if (typeof a?.id !== 'string' || a.id.trim() === '')
    throw new ValidationError('actor.id', 'must not be empty');
  if (!isRole(a.role)) throw new ValidationError('actor.role', 'must be a known role');
  return { id: a.id, role: a.role };
}

/** A user, or the system actor (only the ticket decider accepts the latter, for the SLA watchman). */
export function requireCommandActor(actor: unknown): CommandActor {
  const a = actor as Partial<CommandActor> | undefined;
  if (a?.role === SYSTEM_ROLE && typeof a.id === 'string' && a.id.trim() !== '')
    return { id: a.id, role: SYSTEM_ROLE };
  return requireActor(actor);
}

/** Throws ForbiddenError unless the actor's role is one of `allowed`. */
export function assertRole(actor: Actor, command: string, allowed: readonly Role[]): void {
  if (!allowed.includes(actor.role)) throw new ForbiddenError(actor.role, command);
}

/** Epoch ms of the business instant of a command: occurredAt if given (not after now), else now. */
export function businessMs(context: CommandStamp): number {
  const now = instantMs(context.now, 'now');
  if (context.occurredAt === undefined) return now;
  const at = instantMs(context.occurredAt, 'occurredAt');
  if (at > now) throw new ValidationError('occurredAt', 'must not lie in the future');
  return at;
}
