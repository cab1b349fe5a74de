import { Space, Tag } from 'antd';
import { useLanguage } from '../../i18n/language';
import { KIND_WORDS, SEVERITY_WORDS, URGENCY_WORDS, word } from '../../i18n/ticket-words';

const SEVERITY_COLOUR: Record<number, string> = { 1: 'red', 2: 'volcano', 3: 'gold', 4: 'default' };

/** 故障级别 as a tag: level 1 red, level 2 orange. */
export function SeverityTag({ severity }: { severity: number }) {
  const { language } = useLanguage();
  return <Tag color={SEVERITY_COLOUR[severity] ?? 'default'}>{word(SEVERITY_WORDS, severity, language)}</Tag>;
}

/** Kind and urgency; a complaint (B 投诉) and a C 非常紧迫 stand out. */
export function KindUrgencyTags({ kind, urgency }: { kind: string; urgency: string }) {
  const { language } = useLanguage();
  return (
    <Space size={[0, 4]} wrap>
      <Tag color={kind === 'complaint' ? 'magenta' : undefined}>{word(KIND_WORDS, kind, language)}</Tag>
      <Tag color={urgency === 'very_urgent' ? 'red' : urgency === 'urgent' ? 'orange' : undefined}>
        {word(URGENCY_WORDS, urgency, language)}
      </Tag>
    </Space>
  );
}
