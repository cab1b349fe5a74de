import type { Language } from '../i18n/language';

/** An instant of the API (ISO with offset) in the user's locale and the browser's zone, to the second. */
export function formatInstant(iso: string | undefined, language: Language): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}
