import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { BoardTicket, TicketPage } from './board-ticket';

const MAX = 200;

/**
 * The tickets of `pathFor(limit, cursor)`, `pageSize` at a time ("load more"). `reload(after)` reads
 * again as many as are shown (up to 200), so a live update keeps the rows the user has paged in;
 * with the position a live event reported, the service answers only once its read models have
 * reached it (`?after=`), so the event's ticket is in the answer.
 */
export function useTicketPages(pathFor: (limit: number, cursor?: string) => string, pageSize = 50) {
  const [items, setItems] = useState<BoardTicket[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const shown = useRef(pageSize);
  const round = useRef(0);

  const load = useCallback(
    async (limit: number, after?: string) => {
      const mine = ++round.current;
      setLoading(true);
      try {
        const path = pathFor(limit);
        const page = await api.get<TicketPage>(after === undefined ? path : `${path}&after=${after}`);
        if (mine !== round.current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setError(undefined);
      } catch (e) {
        if (mine === round.current) setError(e);
      } finally {
        if (mine === round.current) setLoading(false);
      }
    },
    [pathFor],
  );

  useEffect(() => {
    shown.current = pageSize;
    void load(pageSize);
  }, [load, pageSize]);

  const reload = useCallback(
    (after?: string) => void load(Math.min(MAX, Math.max(pageSize, shown.current)), after),
    [load, pageSize],
  );

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const mine = ++round.current;
    setLoading(true);
    try {
      const page = await api.get<TicketPage>(pathFor(pageSize, nextCursor));
      if (mine !== round.current) return;
      setItems((before) => [...before, ...page.items.filter((t) => !before.some((b) => b.id === t.id))]);
      setNextCursor(page.nextCursor);
      shown.current += pageSize;
    } catch (e) {
      if (mine === round.current) setError(e);
    } finally {
      if (mine === round.current) setLoading(false);
    }
  }, [nextCursor, pathFor, pageSize]);

  return { items, nextCursor, loading, error, reload, loadMore };
}
