import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Role } from '../../auth/session';
import type { AuditPage } from './audit-types';

export interface Named {
  id: string;
  name: string;
}

/** Who may read the staff list (GET /api/staff); others see actors by role and id. */
const READS_STAFF: readonly Role[] = ['manager', 'admin'];

/**
 * The names the log's filters offer: the customer organisations (from their registrations in the
 * log itself, named by GET /api/customers/:id) and, for roles that may read it, the staff.
 */
export function useDirectory(role: Role | undefined): { customers: Named[]; staff: Named[] | undefined } {
  const [customers, setCustomers] = useState<Named[]>([]);
  const [staff, setStaff] = useState<Named[] | undefined>(undefined);

  useEffect(() => {
    let current = true;
    api
      .get<AuditPage>('/api/audit?type=CustomerRegistered&limit=200')
      .then((page) =>
        Promise.all(
          page.items
            .filter((e) => e.customerId)
            .map((e) =>
              api
                .get<{ id: string; name: string }>(`/api/customers/${e.customerId}`)
                .then((c) => ({ id: c.id, name: c.name }))
                .catch(() => ({ id: e.customerId!, name: e.customerId! })),
            ),
        ),
      )
      .then((named) => current && setCustomers(named))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!role || !READS_STAFF.includes(role)) return;
    let current = true;
    api
      .get<{ id: string; displayName: string; username: string }[]>('/api/staff')
      .then(
        (list) =>
          current && setStaff(list.map((s) => ({ id: s.id, name: `${s.displayName} (${s.username})` }))),
      )
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [role]);

  return { customers, staff };
}
