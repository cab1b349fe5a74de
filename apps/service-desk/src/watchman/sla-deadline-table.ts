import type { Kysely } from 'kysely';
import type { SlaDeadlinesDb } from '#projections';

/** What the watchman reads of the sla-deadlines read model. */
export interface SlaDeadlineTable {
  /** The earliest instant (epoch ms) at which an action is due, or null when none is pending. */
  earliest(): Promise<number | null>;
  /** Tickets with an action due at `nowMs`, earliest first, at most `limit`. */
  dueTickets(nowMs: number, limit: number): Promise<string[]>;
  /** The store position the table has reached (null before the first event). */
  position(): bigint | null;
  /** Resolves true once the table has reached `position`, false after the timeout. */
  reach(position: bigint, timeoutMs: number): Promise<boolean>;
}

/**
 * The table over a live projection: `db` and `position` are asked each time, so a rebuild that
 * swaps the read model's file is followed.
 */
export function projectionDeadlineTable(
  db: () => Kysely<SlaDeadlinesDb>,
  position: () => bigint | null,
): SlaDeadlineTable {
  return {
    async earliest() {
      const row = await db()
        .selectFrom('sla_deadlines')
        .select('act_ms')
        .orderBy('act_ms')
        .limit(1)
        .executeTakeFirst();
      return row ? Number(row.act_ms) : null;
    },
    async dueTickets(nowMs, limit) {
      const rows = await db()
        .selectFrom('sla_deadlines')
        .select('ticket_id')
        .where('act_ms', '<=', nowMs)
        .groupBy('ticket_id')
        .orderBy((eb) => eb.fn.min('act_ms'))
        .limit(limit)
        .execute();
      return rows.map((r) => r.ticket_id);
    },
    position,
    async reach(target, timeoutMs) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const reached = position();
        if (reached !== null && reached >= target) return true;
        if (Date.now() >= until) return false;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}
