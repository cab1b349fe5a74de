import { Form, Input } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';
import { PastTimePicker } from './PastTimePicker';

/** 更正报障时间: the right report time and why; both times stay visible in the history. */
export function CorrectReportTimeFields() {
  const t = useT(ACTION_MESSAGES);
  return (
    <>
      <Form.Item
        name="reportedAt"
        label={t('correctReportedAt')}
        rules={[{ required: true, message: t('required', { field: t('correctReportedAt') }) }]}
      >
        <PastTimePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('correctReason')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('correctReason') }) }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
