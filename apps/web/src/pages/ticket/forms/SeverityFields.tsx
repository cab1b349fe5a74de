import { Form, Input, Radio } from 'antd';
import { SEVERITIES } from '@domain';
import { useLanguage, useT } from '../../../i18n/language';
import { SEVERITY_WORDS, word } from '../../../i18n/ticket-words';
import { ACTION_MESSAGES } from '../actions/actions.messages';

/** 调整故障级别: the new severity and why; the SLA follows it from now on. */
export function SeverityFields({ current }: { current: number }) {
  const t = useT(ACTION_MESSAGES);
  const { language } = useLanguage();
  return (
    <>
      <Form.Item
        name="severity"
        label={t('newSeverity')}
        rules={[{ required: true, message: t('required', { field: t('newSeverity') }) }]}
      >
        <Radio.Group
          aria-label={t('newSeverity')}
          options={SEVERITIES.map((s) => ({
            value: s,
            label: word(SEVERITY_WORDS, s, language),
            disabled: s === current,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('severityReason')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('severityReason') }) }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
