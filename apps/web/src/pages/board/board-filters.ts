/** The board's filters, as kept in the page's URL query so a reload or a shared link keeps them. */
export interface BoardFilters {
  status?: string;
  severity?: string;
  sla?: string;
  kind?: string;
  q?: string;
  mine: boolean;
  closed: boolean;
  sort: string;
}

export const SORTS = ['urgent', '-reportedAt', 'reportedAt', 'severity', '-updatedAt'] as const;
export const SLA_FILTERS = ['breached', 'at_risk', 'running', 'met'] as const;

const text = (params: URLSearchParams, key: string) => params.get(key)?.trim() || undefined;

export function filtersOf(params: URLSearchParams): BoardFilters {
  const sort = params.get('sort') ?? 'urgent';
  return {
    status: text(params, 'status'),
    severity: text(params, 'severity'),
    sla: text(params, 'sla'),
    kind: text(params, 'kind'),
    q: text(params, 'q'),
    mine: params.get('mine') === '1',
    closed: params.get('closed') === '1',
    sort: (SORTS as readonly string[]).includes(sort) ? sort : 'urgent',
  };
}

/** The URL query of `filters` (defaults left out). */
export function queryOf(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['status', 'severity', 'sla', 'kind', 'q'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.mine) params.set('mine', '1');
  if (filters.closed) params.set('closed', '1');
  if (filters.sort !== 'urgent') params.set('sort', filters.sort);
  return params;
}

/** GET /api/tickets for the filters ('urgent' reads newest first and orders on the screen). */
export function ticketsPath(filters: BoardFilters, me: string, limit: number, cursor?: string): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'severity', 'sla', 'kind', 'q'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.mine) params.set('assignee', me);
  // Closed tickets are left out by the service unless asked for (or a status is chosen).
  if (!filters.closed && !filters.status) params.set('open', 'true');
  params.set('sort', filters.sort === 'urgent' ? '-reportedAt' : filters.sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return `/api/tickets?${params.toString()}`;
}
