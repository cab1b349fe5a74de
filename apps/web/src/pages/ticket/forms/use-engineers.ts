import { useSession } from '../../../auth/session';
import { useApi } from '../../../api/use-api';

interface StaffRow {
  id: string;
  displayName: string;
  role: string;
  status: string;
}

/**
 * Engineers to pick from: the staff list for a manager or an admin (GET /api/staff is theirs);
 * for the other roles, the engineers already on the ticket and the user itself when an engineer.
 */
export function useEngineers(known: string[] = []): {
  options: { value: string; label: string }[];
  /** Whether the list holds every engineer (else an id may be entered). */
  complete: boolean;
} {
  const { user } = useSession();
  const mayList = user?.role === 'manager' || user?.role === 'admin';
  const { data } = useApi<StaffRow[]>(mayList ? '/api/staff' : null);
  if (data) {
    const options = data
      .filter((s) => s.role === 'engineer' && s.status === 'active')
      .map((s) => ({ value: s.id, label: s.displayName }));
    return { options, complete: true };
  }
  const ids = new Set(known);
  if (user?.role === 'engineer') ids.add(user.id);
  const options = [...ids].map((id) => ({ value: id, label: id === user?.id ? user.displayName : id }));
  return { options, complete: false };
}
