import { Form, Input, Radio } from 'antd';
import { RESPONSE_MODES } from '@domain';
import { useLanguage, useT } from '../../../i18n/language';
import { RESPONSE_MODE_WORDS, word } from '../../../i18n/ticket-words';
import { ACTION_MESSAGES } from '../actions/actions.messages';

/** 响应: how the engineer takes it on (guided, remote, on site) and a note. */
export function RespondFields() {
  const t = useT(ACTION_MESSAGES);
  const { language } = useLanguage();
  return (
    <>
      <Form.Item
        name="mode"
        label={t('mode')}
        rules={[{ required: true, message: t('required', { field: t('mode') }) }]}
      >
        <Radio.Group
          aria-label={t('mode')}
          options={RESPONSE_MODES.map((m) => ({ value: m, label: word(RESPONSE_MODE_WORDS, m, language) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}
