import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '#service-config';
import { decodeCursor, encodeCursor } from '../../ticket-queries/page-cursor.js';
import { DEFAULT_PAGE_SIZE } from '../../ticket-queries/query-values.js';
import { DeliveryLedger, deliveryLedgerFile } from './delivery-ledger.js';
import type { DeliveryLogDto, ListDeliveriesDto } from './delivery-log.dto.js';

const isCursor = (v: unknown): v is { before: number } =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { before: number }).before);

/** Reads the log of delivery attempts (its own connection to the ledger file), newest first. */
@Injectable()
export class DeliveryLog implements OnModuleDestroy {
  private ledger?: Promise<DeliveryLedger>;

  constructor(private readonly config: AppConfig) {}

  async list(query: ListDeliveriesDto): Promise<DeliveryLogDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isCursor);
    this.ledger ??= DeliveryLedger.open(deliveryLedgerFile(this.config.DATA_DIR));
    const rows = await (
      await this.ledger
    ).db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .$if(query.notification !== undefined, (q) => q.where('notification_id', '=', query.notification!))
      .$if(cursor !== undefined, (q) => q.where('id', '<', cursor!.before))
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        channel: r.channel,
        endpoint: r.endpoint,
        notificationId: r.notification_id,
        attempt: r.attempt,
        attemptedAt: r.attempted_at,
        statusCode: r.status_code,
        error: r.error,
        durationMs: r.duration_ms,
        outcome: r.outcome,
        nextAttemptAt: r.next_attempt_at,
      })),
      nextCursor: rows.length > limit ? encodeCursor({ before: page.at(-1)!.id }) : null,
    };
  }

  async onModuleDestroy(): Promise<void> {
    await (await this.ledger)?.close();
  }
}
