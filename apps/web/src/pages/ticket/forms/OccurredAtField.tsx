import { Form } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';
import { PastTimePicker } from './PastTimePicker';

/** "When it happened": the business time of an action entered after the fact; never in the future. */
export function OccurredAtField() {
  const t = useT(ACTION_MESSAGES);
  return (
    <Form.Item name="occurredAt" label={t('occurredAt')} extra={t('occurredAtHelp')}>
      <PastTimePicker />
    </Form.Item>
  );
}
