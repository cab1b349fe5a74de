import { Typography } from 'antd';
import { usePeople } from '../../api/use-people';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/language';
import { BOARD } from './board.messages';

/** Who has the ticket: 我 for the signed-in user, else the person's name (GET /api/people). */
export function AssigneeName({ id }: { id: string | null }) {
  const t = useT(BOARD);
  const { user } = useSession();
  const people = usePeople([id]);
  if (!id) return <Typography.Text type="secondary">{t('unassigned')}</Typography.Text>;
  if (id === user?.id) return <Typography.Text strong>{t('me')}</Typography.Text>;
  return <span title={id}>{people.get(id)?.name ?? t('assigned')}</span>;
}
