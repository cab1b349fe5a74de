import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { ticketSlaIs, timerStateAt, type TicketsDb } from '#projections';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import type { ListTicketsDto } from './list-tickets.dto.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import { DEFAULT_PAGE_SIZE } from './query-values.js';
import { ticketListItem } from './ticket-list-item.js';
import type { TicketPageDto } from './ticket-page.dto.js';
import { DEFAULT_TICKET_SORT, ticketSort, type TicketSort } from './ticket-sort.js';
import { UserQuery } from '../command-handling/user-query.js';

export class ListTicketsQuery extends UserQuery<{ filters: ListTicketsDto }, TicketPageDto> {}

/** Where the previous page ended: its sort, the last row's sort value and id. */
interface TicketCursor {
  sort: string;
  value: string | number;
  id: string;
}

type Eb = ExpressionBuilder<TicketsDb, 'tickets'>;

/**
 * GET /api/tickets over the tickets read model: filters, keyset paging on (sort column, id), and
 * each timer's state computed in SQL at the request's instant from the row's timer facts.
 */
@QueryHandler(ListTicketsQuery)
export class ListTicketsHandler implements IQueryHandler<ListTicketsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
  ) {}

  async execute({ params: { filters }, user }: ListTicketsQuery): Promise<TicketPageDto> {
    const nowMs = this.clock.now().getTime();
    const sortParam = filters.sort ?? DEFAULT_TICKET_SORT;
    const sort = ticketSort(sortParam);
    const limit = filters.limit ?? DEFAULT_PAGE_SIZE;
    const after =
      filters.cursor === undefined ? undefined : decodeCursor(filters.cursor, isCursorFor(sortParam));
    const db = this.readModels.host.db<TicketsDb>('tickets');
    let query = db
      .selectFrom('tickets')
      .selectAll()
      .select((eb) => [
        timerStateAt(eb, 'response', nowMs).as('response_state'),
        timerStateAt(eb, 'onSite', nowMs).as('onsite_state'),
        timerStateAt(eb, 'resolution', nowMs).as('resolution_state'),
      ]);
    query = filtered(query, filters, user, nowMs);
    if (after) query = query.where((eb) => beyond(eb, sort, after));
    const rows = await query
      .orderBy(sort.column, sort.direction)
      .orderBy('id', sort.direction)
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ticketListItem(row, user)),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ sort: sortParam, value: last[sort.column], id: last.id } satisfies TicketCursor)
          : null,
    };
  }
}

function filtered<O>(
  query: SelectQueryBuilder<TicketsDb, 'tickets', O>,
  f: ListTicketsDto,
  user: AuthenticatedUser,
  nowMs: number,
): SelectQueryBuilder<TicketsDb, 'tickets', O> {
  let q = query;
  if (user.role === 'customer') q = q.where('customer_id', '=', user.customerId ?? '');
  if (f.customer !== undefined) q = q.where('customer_id', '=', f.customer);
  if (f.contract !== undefined) q = q.where('contract_id', '=', f.contract);
  if (f.status !== undefined) q = q.where('status', '=', f.status);
  if (f.open !== undefined) q = q.where('open', '=', f.open ? 1 : 0);
  if (f.severity !== undefined) q = q.where('severity', '=', f.severity);
  if (f.kind !== undefined) q = q.where('kind', '=', f.kind);
  if (f.urgency !== undefined) q = q.where('urgency', '=', f.urgency);
  if (f.assignee !== undefined) q = q.where('assignee_id', '=', f.assignee);
  if (f.reportedFrom !== undefined) q = q.where('reported_ms', '>=', Date.parse(f.reportedFrom));
  if (f.reportedTo !== undefined) q = q.where('reported_ms', '<', Date.parse(f.reportedTo));
  if (f.sla !== undefined) {
    const state = f.sla;
    q = q.where((eb) => ticketSlaIs(eb, state, nowMs));
  }
  if (f.q !== undefined) {
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
  }
  return q;
}

/** Rows strictly after the cursor in the page order (sort column, then id, both the same way). */
function beyond(eb: Eb, sort: TicketSort, after: TicketCursor) {
  const op = sort.direction === 'asc' ? '>' : '<';
  const column = eb.ref(sort.column);
  return eb.or([
    eb(column, op, after.value as never),
    eb.and([eb(column, '=', after.value as never), eb('id', op, after.id)]),
  ]);
}

function isCursorFor(sort: string) {
  return (value: unknown): value is TicketCursor => {
    const c = value as Partial<TicketCursor> | null;
    return (
      typeof c === 'object' &&
      c !== null &&
      c.sort === sort &&
      typeof c.id === 'string' &&
      (typeof c.value === 'string' || (typeof c.value === 'number' && Number.isFinite(c.value)))
    );
  };
}
