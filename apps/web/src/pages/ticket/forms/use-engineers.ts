import { useSession } from '../../../auth/session';
import { usePeople } from '../../../api/use-people';

/**
 * Engineers to pick from: the active engineers of GET /api/people; until the list arrives, the
 * engineers already on the ticket and the user itself when an engineer.
 */
export function useEngineers(known: string[] = []): {
  options: { value: string; label: string }[];
  /** Whether the list holds every engineer (else an id may be entered). */
  complete: boolean;
} {
  const { user } = useSession();
  const people = usePeople();
  if (people.size > 0) {
    const options = [...people.values()]
      .filter((p) => p.role === 'engineer' && p.active)
      .map((p) => ({ value: p.id, label: p.name }));
    return { options, complete: true };
  }
  const ids = new Set(known);
  if (user?.role === 'engineer') ids.add(user.id);
  const options = [...ids].map((id) => ({ value: id, label: id === user?.id ? user.displayName : id }));
  return { options, complete: false };
}
