import type { Language } from '../../i18n/language';

/** A share 0–1 as a percentage ("71.4%"); a dash when nothing was judged. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** Milliseconds of counted time as hours and minutes ("1 h 05 min" / "1小时05分"). */
export function duration(ms: number | null | undefined, language: Language): string {
  if (ms === null || ms === undefined) return '—';
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (language === 'zh') return h ? `${h}小时${String(m).padStart(2, '0')}分` : `${m}分钟`;
  return h ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** Minutes, one decimal, for a chart's axis. */
export const minutes = (ms: number | null | undefined): number | null =>
  ms === null || ms === undefined ? null : Math.round(ms / 6_000) / 10;

/** A score average ("4.3"), a dash when nobody answered. */
export const score = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toFixed(1);

/** An offset-aware instant in the user's locale. */
export function instant(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
