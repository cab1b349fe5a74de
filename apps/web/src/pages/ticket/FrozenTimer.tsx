import { Tag } from 'antd';
import { TONE_COLOUR, toneAt, type TimerLike } from '../../components/sla-tone';
import { useLanguage } from '../../i18n/language';
import { SLA_STATE_WORDS, TIMER_WORDS, word } from '../../i18n/ticket-words';

/** A timer as it stood at `at`: its state in colour and words, no countdown. */
export function FrozenTimer({ name, timer, at }: { name: string; timer: TimerLike; at: string }) {
  const { language } = useLanguage();
  const tone = toneAt(timer, Date.parse(at));
  const label = word(TIMER_WORDS, name, language);
  const state = word(SLA_STATE_WORDS, tone === 'none' ? 'not_started' : tone, language);
  return <Tag color={TONE_COLOUR[tone]}>{`${label} · ${state}`}</Tag>;
}
