import type { TimelineEntry } from '../ticket/ticket-types';

/** One recorded event as GET /api/audit answers it: a timeline entry with its stream and customer. */
export interface AuditEntry extends TimelineEntry {
  stream: string;
  customerId: string | null;
  ticketId: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

/** The filters of the log, as kept in the page's URL (`?type=FaultReported&role=agent`). */
export const FILTER_KEYS = ['actor', 'role', 'customer', 'type', 'from', 'to', 'order'] as const;
export type AuditFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export const PAGE_SIZE = 50;

/** The filters found in the URL's query; newest first unless it says otherwise. */
export function filtersOf(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** GET /api/audit with these filters, from `cursor` on. */
export function auditPath(filters: AuditFilters, cursor?: string): string {
  const query = new URLSearchParams({ order: 'desc', limit: String(PAGE_SIZE) });
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (cursor) query.set('cursor', cursor);
  return `/api/audit?${query.toString()}`;
}

/** The kind of stream an event is on (`ticket-…`, `contract-…`), for its words. */
export function streamKind(
  stream: string,
): 'ticket' | 'contract' | 'customer' | 'staff' | 'service' | 'other' {
  const prefix = stream.split('-')[0];
  if (prefix === 'ticket' || prefix === 'contract' || prefix === 'customer' || prefix === 'staff')
    return prefix;
  if (prefix === 'service') return 'service';
  return 'other';
}
