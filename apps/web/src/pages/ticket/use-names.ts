import { useSession } from '../../auth/session';
import { useApi } from '../../api/use-api';
import { COMMON } from '../../i18n/common.messages';
import { useT } from '../../i18n/language';
import { TICKET_MESSAGES } from './ticket.messages';

interface StaffRow {
  id: string;
  displayName: string;
  role: string;
}

/**
 * A person's name from a staff id: the staff list for a manager or an admin (theirs to read), the
 * user itself for everyone; otherwise the role and a short id (an actor's role is always known).
 */
export function useNames(): (id: string | undefined, role?: string) => string {
  const { user } = useSession();
  const t = useT(TICKET_MESSAGES);
  const common = useT(COMMON);
  const mayList = user?.role === 'manager' || user?.role === 'admin';
  const { data } = useApi<StaffRow[]>(mayList ? '/api/staff' : null);
  const byId = new Map((data ?? []).map((s) => [s.id, s]));
  return (id, role) => {
    if (!id) return '';
    if (id === user?.id) return `${user.displayName}${t('you')}`;
    const known = byId.get(id);
    if (known) return known.displayName;
    const roleWord = role === 'system' ? t('roleSystem') : role ? common(`role.${role}` as 'role.agent') : '';
    return roleWord ? `${roleWord} ${id.slice(0, 8)}` : id.slice(0, 8);
  };
}
