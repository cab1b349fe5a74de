import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { PortalTicket, PortalTicketPage } from './portal-types';

const PAGE_SIZE = 50;

function ticketsPath(status: string | undefined, after: string | undefined, cursor?: string): string {
  const query = new URLSearchParams({ sort: '-reportedAt', limit: String(PAGE_SIZE) });
  if (status) query.set('status', status);
  if (after) query.set('after', after);
  if (cursor) query.set('cursor', cursor);
  return `/api/tickets?${query.toString()}`;
}

/**
 * The organisation's tickets, newest first (the API scopes a customer contact to its own), in
 * pages; `after` (a write's position) makes the list wait until it shows that write; a new
 * `round` loads it again.
 */
export function usePortalTickets(status: string | undefined, after: string | undefined, round = 0) {
  const [state, setState] = useState<{
    tickets: PortalTicket[];
    cursor: string | null;
    loading: boolean;
    error?: unknown;
  }>({ tickets: [], cursor: null, loading: true });

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api.get<PortalTicketPage>(ticketsPath(status, after)).then(
      (page) => current && setState({ tickets: page.items, cursor: page.nextCursor, loading: false }),
      (error: unknown) => current && setState({ tickets: [], cursor: null, loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [status, after, round]);

  const loadMore = useCallback(() => {
    if (!state.cursor) return;
    setState((s) => ({ ...s, loading: true }));
    api.get<PortalTicketPage>(ticketsPath(status, undefined, state.cursor)).then(
      (page) =>
        setState((s) => ({
          tickets: [...s.tickets, ...page.items],
          cursor: page.nextCursor,
          loading: false,
        })),
      (error: unknown) => setState((s) => ({ ...s, loading: false, error })),
    );
  }, [status, state.cursor]);

  return { ...state, hasMore: state.cursor !== null, loadMore };
}

/** How many of the organisation's tickets wait for its answer on the fix (status resolved). */
export function useToConfirmCount(after: string | undefined, round = 0): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let current = true;
    api
      .get<PortalTicketPage>(ticketsPath('resolved', after).replace(`limit=${PAGE_SIZE}`, 'limit=200'))
      .then((page) => current && setCount(page.items.length))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [after, round]);
  return count;
}
