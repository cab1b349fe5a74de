import type { Actor, EventSource } from '#event-store';

/** Who sends a command, from where, and the ids that tie its events together. */
export interface CommandContext {
  actor: Actor;
  source: EventSource;
  /** Stable across retries of one request (from Idempotency-Key), otherwise unique. */
  commandId: string;
  correlationId: string;
  causationId?: string;
  /** Business time of the action when the caller gave one (validated upstream); defaults to now. */
  occurredAt?: string;
  /** If-Match: the revision the caller last saw; a mismatch is refused with 412. */
  ifMatch?: number;
}
