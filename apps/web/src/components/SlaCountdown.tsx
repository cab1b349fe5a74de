import { Space, Tag, Tooltip } from 'antd';
import { useLanguage } from '../i18n/language';
import { SLA_STATE_WORDS, TIMER_WORDS, word } from '../i18n/ticket-words';
import { span, toneAt, TONE_COLOUR, type TimerLike } from './sla-tone';
import { useNow } from './use-now';

const TEXT = {
  zh: { left: '剩余', due: '截止' },
  en: { left: 'left', due: 'due' },
};

/**
 * One SLA timer as a coloured tag that counts down live: time left while running (orange once at
 * risk), time over once breached (red), met in green. The state is also in words, not colour alone.
 */
export function SlaCountdown({ timer, name }: { timer: TimerLike | undefined; name: string }) {
  const { language } = useLanguage();
  const now = useNow();
  const tone = toneAt(timer, now);
  const t = TEXT[language];
  const label = word(TIMER_WORDS, name, language);
  if (!timer || tone === 'none')
    return <Tag>{`${label} · ${word(SLA_STATE_WORDS, 'not_started', language)}`}</Tag>;
  let detail = word(SLA_STATE_WORDS, tone, language);
  if (timer.dueAt && (tone === 'running' || tone === 'at_risk')) {
    detail = `${detail} · ${t.left} ${span(Date.parse(timer.dueAt) - now)}`;
  } else if (tone === 'breached' && timer.dueAt) {
    // A finished timer keeps the overrun the service measured; an open one grows with the clock.
    const over = timer.completedAt ? (timer.overrunMs ?? 0) : now - Date.parse(timer.dueAt);
    detail = `${detail} ${span(over)}`;
  }
  return (
    <Tooltip
      title={
        timer.dueAt
          ? `${t.due} ${new Date(timer.dueAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB')}`
          : undefined
      }
    >
      <Tag color={TONE_COLOUR[tone]} data-tone={tone} aria-label={`${label}: ${detail}`}>
        {`${label} · ${detail}`}
      </Tag>
    </Tooltip>
  );
}

/** A list row's countdowns, one under the other, in the order named. */
export function SlaCountdowns<N extends string>({
  timers,
  names,
}: {
  timers: Record<N, TimerLike | undefined>;
  names: readonly N[];
}) {
  return (
    <Space orientation="vertical" size={2}>
      {names.map((name) => (
        <SlaCountdown key={name} timer={timers[name]} name={name} />
      ))}
    </Space>
  );
}
