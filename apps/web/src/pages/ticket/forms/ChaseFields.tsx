import { Form, Input, InputNumber } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';

/** 督办记录: the chasing round, the progress, how far it is solved. */
export function ChaseFields() {
  const t = useT(ACTION_MESSAGES);
  return (
    <>
      <Form.Item
        name="period"
        label={t('period')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('period') }) }]}
      >
        <Input placeholder={t('periodPlaceholder')} maxLength={200} />
      </Form.Item>
      <Form.Item
        name="progress"
        label={t('progress')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('progress') }) }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="solvedPercent"
        label={t('solvedPercent')}
        rules={[{ required: true, message: t('required', { field: t('solvedPercent') }) }]}
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </>
  );
}
