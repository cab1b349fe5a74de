import { SEVERITIES } from '@domain';
import { Radio, Space, Typography } from 'antd';
import { useLanguage, useT } from '../../i18n/language';
import { SEVERITY_WORDS, word } from '../../i18n/ticket-words';
import { NEW_FAULT } from './new-fault.messages';

interface Props {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
}

/** 故障级别 1–4, each with its meaning from the contract, chosen with the arrow keys. */
export function SeverityChoice({ id, value, onChange }: Props) {
  const t = useT(NEW_FAULT);
  const { language } = useLanguage();
  return (
    <Radio.Group id={id} name="severity" value={value} onChange={(e) => onChange?.(Number(e.target.value))}>
      <Space orientation="vertical" size={2}>
        {SEVERITIES.map((level) => (
          <Radio key={level} value={level}>
            <Typography.Text strong>{word(SEVERITY_WORDS, level, language)}</Typography.Text>
            <Typography.Text type="secondary">{` — ${t(`severity.${level}`)}`}</Typography.Text>
          </Radio>
        ))}
      </Space>
    </Radio.Group>
  );
}
