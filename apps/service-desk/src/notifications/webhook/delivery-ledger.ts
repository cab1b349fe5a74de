import { join } from 'node:path';
import { sql, type Insertable, type Kysely } from 'kysely';
import { openReadDatabase } from '#projections';
import type { DeliveryLedgerDb, DeliveryQueueRow, WebhookDeliveryRow } from './delivery-ledger.tables.js';

/** File of the ledger under DATA_DIR. Not a read model: it records what was sent, so it is never rebuilt. */
export const deliveryLedgerFile = (dataDir: string) => join(dataDir, 'notification-deliveries.sqlite');

const LEASE_MS = 60_000;

/**
 * What the dispatcher owes and has done: its checkpoint in the feed, the queue of (endpoint,
 * notification) still owed, and the log of every attempt. Enqueueing and advancing the checkpoint
 * happen in one transaction, so a crash neither loses nor doubles a notification.
 */
export class DeliveryLedger {
  private constructor(readonly db: Kysely<DeliveryLedgerDb>) {}

  static async open(file: string): Promise<DeliveryLedger> {
    const db = openReadDatabase<DeliveryLedgerDb>(file);
    await db.schema
      .createTable('dispatch_checkpoint')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('position', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('delivery_queue')
      .ifNotExists()
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('notification_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('position', 'bigint', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_ms', 'bigint', (c) => c.notNull())
      .addColumn('lease_until_ms', 'bigint', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addPrimaryKeyConstraint('delivery_queue_pk', ['endpoint', 'notification_id'])
      .execute();
    await db.schema
      .createIndex('delivery_queue_due')
      .ifNotExists()
      .on('delivery_queue')
      .columns(['status', 'next_attempt_ms'])
      .execute();
    await db.schema
      .createTable('webhook_deliveries')
      .ifNotExists()
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('notification_id', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('attempted_at', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('error', 'text')
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text')
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_notification')
      .ifNotExists()
      .on('webhook_deliveries')
      .columns(['notification_id', 'id'])
      .execute();
    return new DeliveryLedger(db);
  }

  async checkpoint(name: string): Promise<bigint | undefined> {
    const row = await this.db
      .selectFrom('dispatch_checkpoint')
      .select('position')
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? BigInt(row.position) : undefined;
  }

  /** Owes each notification to the endpoint (once: a second enqueue is ignored) and moves the checkpoint. */
  async enqueue(name: string, position: bigint, items: Insertable<DeliveryQueueRow>[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (items.length > 0) {
        await trx
          .insertInto('delivery_queue')
          .values(items)
          .onConflict((oc) => oc.columns(['endpoint', 'notification_id']).doNothing())
          .execute();
      }
      await trx
        .insertInto('dispatch_checkpoint')
        .values({ name, position: position.toString() })
        .onConflict((oc) => oc.column('name').doUpdateSet({ position: position.toString() }))
        .execute();
    });
  }

  /** Takes up to `limit` due deliveries, leasing each to this process. */
  async claimDue(nowMs: number, limit: number): Promise<DeliveryQueueRow[]> {
    return this.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('delivery_queue')
        .select(['endpoint', 'notification_id'])
        .where('status', '=', 'pending')
        .where('next_attempt_ms', '<=', nowMs)
        .where('lease_until_ms', '<=', nowMs)
        .orderBy('next_attempt_ms')
        .orderBy('position')
        .limit(limit)
        .execute();
      const claimed: DeliveryQueueRow[] = [];
      for (const { endpoint, notification_id } of due) {
        const row = await trx
          .updateTable('delivery_queue')
          .set({ lease_until_ms: nowMs + LEASE_MS })
          .where('endpoint', '=', endpoint)
          .where('notification_id', '=', notification_id)
          .where('lease_until_ms', '<=', nowMs)
          .returningAll()
          .executeTakeFirst();
        if (row) claimed.push(row);
      }
      return claimed;
    });
  }

  /** Logs one attempt and settles the queue row: delivered, failed, or pending again at `nextAttemptMs`. */
  async record(
    row: DeliveryQueueRow,
    attempt: Omit<WebhookDeliveryRow, 'id' | 'channel' | 'endpoint' | 'notification_id' | 'next_attempt_at'>,
    nextAttemptMs: number | null,
  ): Promise<void> {
    const status = attempt.outcome === 'retry' ? 'pending' : attempt.outcome;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('webhook_deliveries')
        .values({
          ...attempt,
          channel: row.channel,
          endpoint: row.endpoint,
          notification_id: row.notification_id,
          next_attempt_at: nextAttemptMs === null ? null : new Date(nextAttemptMs).toISOString(),
        })
        .execute();
      await trx
        .updateTable('delivery_queue')
        .set({
          status,
          attempts: attempt.attempt,
          next_attempt_ms: nextAttemptMs ?? row.next_attempt_ms,
          lease_until_ms: 0,
          finished_at: status === 'pending' ? null : attempt.attempted_at,
        })
        .where('endpoint', '=', row.endpoint)
        .where('notification_id', '=', row.notification_id)
        .execute();
    });
  }

  /** Gives back leases taken but not used (a shutdown between claim and attempt). */
  async release(rows: DeliveryQueueRow[]): Promise<void> {
    for (const row of rows) {
      await this.db
        .updateTable('delivery_queue')
        .set({ lease_until_ms: 0 })
        .where('endpoint', '=', row.endpoint)
        .where('notification_id', '=', row.notification_id)
        .execute();
    }
  }

  /** When the next pending delivery falls due and is free of any lease (epoch ms), if any. */
  async nextDueMs(): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('delivery_queue')
      .select(sql<number | null>`min(max(next_attempt_ms, lease_until_ms))`.as('next'))
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return row?.next === null || row?.next === undefined ? undefined : Number(row.next);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
