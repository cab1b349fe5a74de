import { DatePicker, Form, Input } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';
import type { TicketView } from '../ticket-types';
import { EngineerSelect } from './EngineerSelect';

/** 派工: the engineers sent on site, why remote help was not enough, when they should arrive. */
export function DispatchFields({ ticket }: { ticket: TicketView }) {
  const t = useT(ACTION_MESSAGES);
  return (
    <>
      <Form.Item
        name="engineers"
        label={t('engineers')}
        extra={t('engineersHelp')}
        rules={[{ required: true, message: t('required', { field: t('engineers') }) }]}
      >
        <EngineerSelect known={ticket.engineers} multiple />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('dispatchReason')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('dispatchReason') }) }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="expectedArrival" label={t('expectedArrival')}>
        <DatePicker showTime needConfirm={false} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
