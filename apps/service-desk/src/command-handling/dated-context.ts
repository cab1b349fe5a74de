import type { CommandContext } from '#command-handling';

/**
 * The context of a command whose business time the caller gave in `field` (reportedAt,
 * occurredAt, inspectedAt, …), with the reason it is entered after the fact: the command seam
 * checks both against the back-dating rule and names `field` when it refuses.
 */
export function datedContext(
  context: CommandContext,
  field: string,
  at: string | undefined,
  reason: string | undefined,
): CommandContext {
  if (at === undefined) return context;
  return {
    ...context,
    occurredAt: at,
    occurredAtField: field,
    ...(reason !== undefined && { occurredAtReason: reason }),
  };
}
