import { Form, Input } from 'antd';
import { useT } from '../../../i18n/language';
import { ACTION_MESSAGES } from '../actions/actions.messages';

type Key = 'cause' | 'measures' | 'resolution';

/** 解决: cause analysis (分析原因), measures taken (采取措施), the resolution and the fault category. */
export function ResolveFields() {
  const t = useT(ACTION_MESSAGES);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('required', { field }) },
  ];
  return (
    <>
      {(['cause', 'measures', 'resolution'] as Key[]).map((key) => (
        <Form.Item key={key} name={key} label={t(key)} rules={required(t(key))}>
          <Input.TextArea rows={2} />
        </Form.Item>
      ))}
      <Form.Item name="category" label={t('category')} rules={required(t('category'))}>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
