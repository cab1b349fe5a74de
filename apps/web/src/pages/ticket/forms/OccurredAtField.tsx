import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';
import { PastTimePicker } from './PastTimePicker';

/** A time further back than this shows as back-dated and needs a reason (the service's default tolerance). */
const REASON_AFTER_MS = 5 * 60_000;

/**
 * "When it happened": the business time of an action entered after the fact; never in the future.
 * A time more than 5 minutes ago asks why it is entered after the fact (occurredAtReason), which
 * the service requires beyond its tolerance and keeps with the action.
 */
export function OccurredAtField() {
  const t = useT(ACTION_MESSAGES);
  const when = Form.useWatch<Dayjs | null | undefined>('occurredAt');
  const backdated = dayjs.isDayjs(when) && dayjs().diff(when) > REASON_AFTER_MS;
  return (
    <>
      <Form.Item name="occurredAt" label={t('occurredAt')} extra={t('occurredAtHelp')}>
        <PastTimePicker />
      </Form.Item>
      {backdated && (
        <Form.Item
          name="occurredAtReason"
          label={t('occurredAtReason')}
          extra={t('occurredAtReasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('occurredAtReasonHelp') }]}
        >
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}
