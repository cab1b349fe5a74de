/** The sort keys of GET /api/tickets and the columns of the tickets read model behind them. */
export const TICKET_SORT_COLUMNS = {
  reportedAt: 'reported_ms',
  updatedAt: 'updated_ms',
  severity: 'severity',
  serviceNo: 'service_no',
  status: 'status',
} as const;

type SortKey = keyof typeof TICKET_SORT_COLUMNS;
export type TicketSortColumn = (typeof TICKET_SORT_COLUMNS)[SortKey];

/** `reportedAt` ascending, `-reportedAt` descending, and so on for every key. */
export const TICKET_SORTS = (Object.keys(TICKET_SORT_COLUMNS) as SortKey[]).flatMap((key) => [
  key,
  `-${key}`,
]);
export const DEFAULT_TICKET_SORT = '-reportedAt';

export interface TicketSort {
  column: TicketSortColumn;
  direction: 'asc' | 'desc';
}

/** A validated sort parameter as a column and a direction; ties are broken by id, the same way. */
export function ticketSort(sort: string): TicketSort {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as SortKey;
  return { column: TICKET_SORT_COLUMNS[key], direction: descending ? 'desc' : 'asc' };
}
