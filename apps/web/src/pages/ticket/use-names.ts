import { useSession } from '../../auth/session';
import { usePeople } from '../../api/use-people';
import { COMMON } from '../../i18n/common.messages';
import { useT } from '../../i18n/language';
import { TICKET_MESSAGES } from './ticket.messages';

/**
 * A person's name from a user id (GET /api/people), the signed-in user marked as such; an actor
 * nobody is named for (the watchman, a user not yet listed) by its role and a short id.
 */
export function useNames(ids: readonly string[] = []): (id: string | undefined, role?: string) => string {
  const { user } = useSession();
  const t = useT(TICKET_MESSAGES);
  const common = useT(COMMON);
  const people = usePeople(ids);
  return (id, role) => {
    if (!id) return '';
    if (id === user?.id) return `${user.displayName}${t('you')}`;
    const known = people.get(id);
    if (known) return known.name;
    const roleWord = role === 'system' ? t('roleSystem') : role ? common(`role.${role}` as 'role.agent') : '';
    return roleWord ? `${roleWord} ${id.slice(0, 8)}` : id.slice(0, 8);
  };
}
