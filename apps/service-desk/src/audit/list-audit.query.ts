import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { TimelineDb } from '#projections';
import { AppConfig } from '#service-config';
import { ReadModels } from '../projections/projection-host.provider.js';
import { backdatedToleranceMs } from '../ticket-queries/backdated.js';
import { decodeCursor, encodeCursor } from '../ticket-queries/page-cursor.js';
import { DEFAULT_PAGE_SIZE } from '../ticket-queries/query-values.js';
import { timelineEntry } from '../ticket-queries/timeline-entry.js';
import type { AuditPageDto } from './audit-page.dto.js';
import type { AuditQueryDto } from './audit-query.dto.js';

export class ListAuditQuery extends Query<AuditPageDto> {
  constructor(readonly filters: AuditQueryDto) {
    super();
  }
}

/** Where the previous page ended: its order and the last event's position. */
interface AuditCursor {
  order: 'asc' | 'desc';
  position: number;
}

/** GET /api/audit over the timeline read model, paged by position in the log (it never changes). */
@QueryHandler(ListAuditQuery)
export class ListAuditHandler implements IQueryHandler<ListAuditQuery> {
  private readonly toleranceMs: number;

  constructor(
    private readonly readModels: ReadModels,
    config: AppConfig,
  ) {
    this.toleranceMs = backdatedToleranceMs(config);
  }

  async execute({ filters: f }: ListAuditQuery): Promise<AuditPageDto> {
    const order = f.order ?? 'asc';
    const limit = f.limit ?? DEFAULT_PAGE_SIZE;
    const after = f.cursor === undefined ? undefined : decodeCursor(f.cursor, isCursorFor(order));
    let query = this.readModels.host.db<TimelineDb>('timeline').selectFrom('timeline_events').selectAll();
    if (f.actor !== undefined) query = query.where('actor_id', '=', f.actor);
    if (f.role !== undefined) query = query.where('actor_role', '=', f.role);
    if (f.customer !== undefined) query = query.where('customer_id', '=', f.customer);
    if (f.type !== undefined) query = query.where('type', '=', f.type);
    if (f.from !== undefined) query = query.where('recorded_ms', '>=', Date.parse(f.from));
    if (f.to !== undefined) query = query.where('recorded_ms', '<', Date.parse(f.to));
    if (after) query = query.where('position', order === 'asc' ? '>' : '<', after.position);
    const rows = await query
      .orderBy('position', order)
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        ...timelineEntry(row, this.toleranceMs),
        stream: row.stream,
        customerId: row.customer_id,
        ticketId: row.ticket_id,
      })),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ order, position: Number(last.position) } satisfies AuditCursor)
          : null,
    };
  }
}

function isCursorFor(order: 'asc' | 'desc') {
  return (value: unknown): value is AuditCursor => {
    const c = value as Partial<AuditCursor> | null;
    return (
      typeof c === 'object' &&
      c !== null &&
      c.order === order &&
      typeof c.position === 'number' &&
      Number.isSafeInteger(c.position)
    );
  };
}
