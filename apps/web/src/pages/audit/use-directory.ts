import { useMemo } from 'react';
import { useApi } from '../../api/use-api';
import { usePeople } from '../../api/use-people';

export interface Named {
  id: string;
  name: string;
}

/** The names the log's filters offer and its rows show: the customer organisations and the people. */
export function useDirectory(): { customers: Named[]; staff: Named[] | undefined } {
  const { data } = useApi<{ items: Named[] }>('/api/customers');
  const people = usePeople();
  const staff = useMemo(
    () => (people.size === 0 ? undefined : [...people.values()].map((p) => ({ id: p.id, name: p.name }))),
    [people],
  );
  return { customers: data?.items ?? [], staff };
}
