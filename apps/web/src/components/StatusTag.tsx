import { Tag } from 'antd';
import { useLanguage } from '../i18n/language';
import { STATUS_WORDS, word } from '../i18n/ticket-words';

/** A ticket's status as a tag, in the reader's language. */
export function StatusTag({ status, color }: { status: string; color?: string }) {
  const { language } = useLanguage();
  return <Tag color={color}>{word(STATUS_WORDS, status, language)}</Tag>;
}
