import { Form, Input, Radio, Typography } from 'antd';
import { useLanguage, useT } from '../../../i18n/language';
import { SATISFACTION_ITEM_WORDS, SATISFACTION_ITEMS, word } from '../../../i18n/ticket-words';
import { ACTION_MESSAGES } from '../actions/actions.messages';

const SCORES = [5, 4, 3, 2, 1, 0].map((s) => ({ value: s, label: String(s) }));

/** 客户满意度调查表: each item 5 … 1, 0 not applicable; the overall score is required. */
export function SurveyFields() {
  const t = useT(ACTION_MESSAGES);
  const { language } = useLanguage();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('surveyLegend')}</Typography.Paragraph>
      {SATISFACTION_ITEMS.map((item) => {
        const label = word(SATISFACTION_ITEM_WORDS, item, language);
        const overall = item === 'overall';
        return (
          <Form.Item
            key={item}
            name={['scores', item]}
            label={label}
            layout="horizontal"
            labelCol={{ flex: '220px' }}
            style={{ marginBottom: overall ? 24 : 8 }}
            rules={overall ? [{ required: true, message: t('overallRequired') }] : []}
          >
            <Radio.Group aria-label={label} optionType="button" size="small" options={SCORES} />
          </Form.Item>
        );
      })}
      <Form.Item name="comments" label={t('comments')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="respondent" label={t('respondent')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
