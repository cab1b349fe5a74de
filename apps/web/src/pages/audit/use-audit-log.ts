import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { auditPath, type AuditEntry, type AuditFilters, type AuditPage } from './audit-types';

export interface AuditLog {
  entries: AuditEntry[];
  loading: boolean;
  error: unknown;
  /** More pages after the ones shown. */
  hasMore: boolean;
  loadMore: () => void;
}

/** The log's pages for `filters`: the first when the filters change, the next on `loadMore`. */
export function useAuditLog(filters: AuditFilters): AuditLog {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<{
    entries: AuditEntry[];
    cursor: string | null;
    loading: boolean;
    error?: unknown;
  }>({ entries: [], cursor: null, loading: true });

  useEffect(() => {
    let current = true;
    setState({ entries: [], cursor: null, loading: true });
    api.get<AuditPage>(auditPath(JSON.parse(key) as AuditFilters)).then(
      (page) => current && setState({ entries: page.items, cursor: page.nextCursor, loading: false }),
      (error: unknown) => current && setState({ entries: [], cursor: null, loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const loadMore = useCallback(() => {
    if (!state.cursor) return;
    setState((s) => ({ ...s, loading: true }));
    api.get<AuditPage>(auditPath(JSON.parse(key) as AuditFilters, state.cursor)).then(
      (page) =>
        setState((s) => ({
          entries: [...s.entries, ...page.items],
          cursor: page.nextCursor,
          loading: false,
        })),
      (error: unknown) => setState((s) => ({ ...s, loading: false, error })),
    );
  }, [key, state.cursor]);

  return {
    entries: state.entries,
    loading: state.loading,
    error: state.error,
    hasMore: state.cursor !== null,
    loadMore,
  };
}
