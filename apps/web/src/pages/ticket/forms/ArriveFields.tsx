import { Form } from 'antd';
import { useSession } from '../../../auth/session';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';
import type { TicketView } from '../ticket-types';
import { EngineerSelect } from './EngineerSelect';

/** 到达现场: which engineer arrived (an engineer arriving leaves it empty: it is the user). */
export function ArriveFields({ ticket }: { ticket: TicketView }) {
  const t = useT(ACTION_MESSAGES);
  const { user } = useSession();
  if (user?.role === 'engineer') return null;
  return (
    <Form.Item name="engineerId" label={t('engineer')}>
      <EngineerSelect known={ticket.engineers} />
    </Form.Item>
  );
}
