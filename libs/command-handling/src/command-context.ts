import type { CommandActor, CommandStamp } from '#domain';
import type { EventSource } from '#event-store';

/**
 * Everything a command carries besides its own data, whoever sends it (HTTP, CLI, a watchman):
 * who, when (the server's clock, and the business instant when given), where from, and the ids
 * that tie its events together and make a retry recognisable.
 */
export interface CommandContext {
  actor: CommandActor;
  /** The server's clock when the command was taken (ISO 8601). Never from a client. */
  now: string;
  /** Business time of the action when the caller gave one (validated by the decider); defaults to now. */
  occurredAt?: string;
  /** Why occurredAt lies in the past (required beyond the back-dating tolerance); kept in each event's data. */
  occurredAtReason?: string;
  /** The input field that gave occurredAt (reportedAt, inspectedAt, …), named when it is refused; default occurredAt. */
  occurredAtField?: string;
  /** Stable across retries of one request (from Idempotency-Key), otherwise unique. */
  commandId: string;
  correlationId: string;
  causationId?: string;
  source: EventSource;
  /** If-Match: the revision the caller last saw; a mismatch is refused (HTTP 412). */
  ifMatch?: number;
}

/** What a domain command carries of the context: actor, now and the business instant. */
export function stampOf(context: CommandContext): CommandStamp {
  return {
    actor: context.actor,
    now: context.now,
    ...(context.occurredAt !== undefined && { occurredAt: context.occurredAt }),
  };
}
