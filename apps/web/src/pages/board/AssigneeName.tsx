import { Typography } from 'antd';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/language';
import { BOARD } from './board.messages';
import { staffName } from './staff-names';
import { useLookup } from './use-lookup';

/** Who has the ticket: 我 for the signed-in user; a name where the role may read staff; else "assigned". */
export function AssigneeName({ id }: { id: string | null }) {
  const t = useT(BOARD);
  const { user } = useSession();
  const mayRead = user?.role === 'admin' || user?.role === 'manager';
  const name = useLookup(mayRead && id !== user?.id ? id : null, staffName);
  if (!id) return <Typography.Text type="secondary">{t('unassigned')}</Typography.Text>;
  if (id === user?.id) return <Typography.Text strong>{t('me')}</Typography.Text>;
  return <span title={id}>{name ?? t('assigned')}</span>;
}
