import { useEffect, useState } from 'react';
import { api } from '../../api/client';

interface TicketPage {
  items: { customerId: string }[];
  nextCursor: string | null;
}

/**
 * The customer organisations to choose from, with their names. The API has no list of customers,
 * so they are read off the tickets (newest 600) and, for readers of reports, the service plan's contracts,
 * and named with GET /api/customers/:id.
 */
export function useCustomers(withContracts: boolean): {
  customers: { id: string; name: string }[];
  loading: boolean;
  error?: Error;
} {
  const [state, setState] = useState<{
    customers: { id: string; name: string }[];
    loading: boolean;
    error?: Error;
  }>({
    customers: [],
    loading: true,
  });
  useEffect(() => {
    let current = true;
    (async () => {
      const ids = new Set<string>();
      let cursor: string | null = null;
      for (let page = 0; page < 3; page++) {
        const answer: TicketPage = await api.get<TicketPage>(
          `/api/tickets?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        answer.items.forEach((item) => ids.add(item.customerId));
        cursor = answer.nextCursor;
        if (!cursor) break;
      }
      // Readers of reports also see customers whose contracts have no tickets yet (the service plan lists every contract).
      const month = new Date().toISOString().slice(0, 7);
      if (withContracts) {
        await api
          .get<{ contracts: { customerId: string }[] }>(`/api/reports/service-plan?from=${month}&to=${month}`)
          .then((plan) => plan.contracts.forEach((c) => ids.add(c.customerId)))
          .catch(() => undefined);
      }
      const customers = await Promise.all(
        [...ids].map((id) =>
          api.get<{ id: string; name: string }>(`/api/customers/${id}`).then(
            (c) => ({ id, name: c.name }),
            () => ({ id, name: id }),
          ),
        ),
      );
      customers.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      if (current) setState({ customers, loading: false });
    })().catch((error: Error) => current && setState({ customers: [], loading: false, error }));
    return () => {
      current = false;
    };
  }, [withContracts]);
  return state;
}
