import { DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';

/** "When it happened": the business time of an action entered after the fact; never in the future. */
export function OccurredAtField() {
  const t = useT(ACTION_MESSAGES);
  return (
    <Form.Item name="occurredAt" label={t('occurredAt')} extra={t('occurredAtHelp')}>
      <DatePicker
        showTime
        needConfirm={false}
        format="YYYY-MM-DD HH:mm:ss"
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}
