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

interface Loaded {
  /** The filters these entries answer (JSON). */
  key: string;
  entries: AuditEntry[];
  cursor: string | null;
  loading: boolean;
  error?: unknown;
}

/**
 * The log's pages for `filters`: the first when the filters change, the next on `loadMore`.
 * Entries of other filters are never shown, not even for the moment before the new ones load.
 */
export function useAuditLog(filters: AuditFilters): AuditLog {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<Loaded>({ key: '', entries: [], cursor: null, loading: true });

  useEffect(() => {
    let current = true;
    api.get<AuditPage>(auditPath(JSON.parse(key) as AuditFilters)).then(
      (page) => current && setState({ key, entries: page.items, cursor: page.nextCursor, loading: false }),
      (error: unknown) => current && setState({ key, entries: [], cursor: null, loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const loadMore = useCallback(() => {
    if (!state.cursor || state.key !== key) return;
    setState((s) => ({ ...s, loading: true }));
    api.get<AuditPage>(auditPath(JSON.parse(key) as AuditFilters, state.cursor)).then(
      (page) =>
        setState((s) =>
          s.key === key
            ? { key, entries: [...s.entries, ...page.items], cursor: page.nextCursor, loading: false }
            : s,
        ),
      (error: unknown) => setState((s) => ({ ...s, loading: false, error })),
    );
  }, [key, state.key, state.cursor]);

  const fresh = state.key === key;
  return {
    entries: fresh ? state.entries : [],
    loading: !fresh || state.loading,
    error: fresh ? state.error : undefined,
    hasMore: fresh && state.cursor !== null,
    loadMore,
  };
}
