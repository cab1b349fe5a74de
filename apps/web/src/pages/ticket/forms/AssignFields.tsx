import { Form, Input } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';
import type { TicketView } from '../ticket-types';
import { EngineerSelect } from './EngineerSelect';

/** 指派: the engineer responsible from now on. */
export function AssignFields({ ticket }: { ticket: TicketView }) {
  const t = useT(ACTION_MESSAGES);
  return (
    <>
      <Form.Item
        name="engineerId"
        label={t('assignEngineer')}
        extra={t('engineersHelp')}
        rules={[{ required: true, message: t('required', { field: t('assignEngineer') }) }]}
      >
        <EngineerSelect known={ticket.engineers} />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
