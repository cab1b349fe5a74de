import { Form } from 'antd';
import { BackdatingReasonField } from '../../../components/BackdatingReasonField';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';
import { PastTimePicker } from './PastTimePicker';

/**
 * "When it happened": the business time of an action entered after the fact; never in the future.
 * A time more than 5 minutes ago asks why it is entered after the fact (occurredAtReason).
 */
export function OccurredAtField() {
  const t = useT(ACTION_MESSAGES);
  return (
    <>
      <Form.Item name="occurredAt" label={t('occurredAt')} extra={t('occurredAtHelp')}>
        <PastTimePicker />
      </Form.Item>
      <BackdatingReasonField timeField="occurredAt" />
    </>
  );
}
