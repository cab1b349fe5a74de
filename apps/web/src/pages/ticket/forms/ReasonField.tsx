import { Form, Input } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';

type Label = 'closeReason' | 'reopenReason';

/** The one reason of closing or reopening; `required` unless the customer confirmed before a close. */
export function ReasonField({ label, required, help }: { label: Label; required: boolean; help?: boolean }) {
  const t = useT(ACTION_MESSAGES);
  return (
    <Form.Item
      name="reason"
      label={t(label)}
      extra={help ? t('closeReasonHelp') : undefined}
      rules={
        required ? [{ required: true, whitespace: true, message: t('required', { field: t(label) }) }] : []
      }
    >
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}
