import { Form, Input, Radio, Select } from 'antd';
import { ESCALATION_REASONS } from '@domain';
import { useLanguage, useT } from '../../../i18n/language';
import { ESCALATION_REASON_WORDS, word } from '../../../i18n/ticket-words';
import { ACTION_MESSAGES } from '../actions/actions.messages';

/** 问题升级: level 1 to the service manager, level 2 to headquarters, with the reason. */
export function EscalateFields() {
  const t = useT(ACTION_MESSAGES);
  const { language } = useLanguage();
  return (
    <>
      <Form.Item
        name="level"
        label={t('level')}
        rules={[{ required: true, message: t('required', { field: t('level') }) }]}
      >
        <Radio.Group
          aria-label={t('level')}
          options={[
            { value: 1, label: t('level1') },
            { value: 2, label: t('level2') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('escalationReason')}
        rules={[{ required: true, message: t('required', { field: t('escalationReason') }) }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={ESCALATION_REASONS.map((r) => ({
            value: r,
            label: word(ESCALATION_REASON_WORDS, r, language),
          }))}
        />
      </Form.Item>
      <Form.Item name="to" label={t('escalateTo')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
