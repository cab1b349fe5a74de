import { Form, Input } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';

/** 客户回访: the customer's answer; a rejection must say why (it reopens the ticket). */
export function ConfirmationFields({ rejecting }: { rejecting: boolean }) {
  const t = useT(ACTION_MESSAGES);
  const label = rejecting ? t('rejectReason') : t('customerNote');
  return (
    <Form.Item
      name="note"
      label={label}
      rules={
        rejecting ? [{ required: true, whitespace: true, message: t('required', { field: label }) }] : []
      }
    >
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}
