import { Button, Card, DatePicker, Form, Slider, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useLanguage, useT } from '../../i18n/language';
import { formatInstant } from '../../components/format-instant';
import { TICKET_MESSAGES } from './ticket.messages';
import type { TimelineEntry } from './ticket-types';

/** ISO 8601 with the browser's offset, as the as-of route wants it. */
const isoWithOffset = (d: Dayjs) => d.format('YYYY-MM-DDTHH:mm:ssZ');

/**
 * Look back: pick an instant (date and time), or step through the ticket's events; the page then
 * shows the ticket as it stood then. "Back to now" returns to the live ticket.
 */
export function AsOfBar({
  events,
  at,
  onChange,
}: {
  events: TimelineEntry[];
  at: string | null;
  onChange: (at: string | null) => void;
}) {
  const t = useT(TICKET_MESSAGES);
  const { language } = useLanguage();
  const [picked, setPicked] = useState<Dayjs | null>(at ? dayjs(at) : null);
  // The last event recorded by the instant shown (the last one of all when showing now).
  const atMs = at ? Date.parse(at) : Infinity;
  const step = events.reduce((last, e, i) => (Date.parse(e.recordedAt) <= atMs ? i : last), 0);
  // A step chosen by mouse or keyboard, shown at once and applied once the user pauses.
  const [moving, setMoving] = useState<number | null>(null);
  useEffect(() => {
    if (moving === null) return;
    const timer = setTimeout(() => {
      const instant = events[moving].recordedAt;
      setMoving(null);
      setPicked(dayjs(instant));
      onChange(moving === events.length - 1 && !at ? null : instant);
    }, 300);
    return () => clearTimeout(timer);
  }, [moving, events, at, onChange]);
  // "Back to now" from anywhere on the page empties the picker.
  useEffect(() => {
    if (!at) setPicked(null);
  }, [at]);
  return (
    <Card title={t('asOfTitle')} size="small" style={{ marginBottom: 16 }}>
      <Form layout="inline" onFinish={() => picked && onChange(isoWithOffset(picked))} style={{ rowGap: 8 }}>
        <Form.Item label={t('asOfPicker')} htmlFor="as-of-at">
          <DatePicker
            id="as-of-at"
            showTime
            format="YYYY-MM-DD HH:mm:ss"
            value={picked}
            onChange={(value) => setPicked(value)}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            needConfirm={false}
          />
        </Form.Item>
        <Space>
          <Button htmlType="submit" disabled={!picked} autoInsertSpace={false}>
            {t('asOfApply')}
          </Button>
          <Button
            onClick={() => {
              setPicked(null);
              onChange(null);
            }}
            disabled={!at}
            autoInsertSpace={false}
          >
            {t('asOfNow')}
          </Button>
        </Space>
      </Form>
      {events.length > 1 && (
        <div style={{ marginTop: 12 }}>
          <label id="as-of-steps">{t('asOfSlider')}</label>
          <Slider
            min={0}
            max={events.length - 1}
            value={moving ?? step}
            ariaLabelledByForHandle="as-of-steps"
            tooltip={{
              formatter: (i) =>
                i === undefined
                  ? ''
                  : `${formatInstant(events[i].recordedAt, language)} ${events[i].summary[language]}`,
            }}
            marks={Object.fromEntries(events.map((_, i) => [i, String(i + 1)]))}
            onChange={(i) => setMoving(i)}
          />
        </div>
      )}
    </Card>
  );
}
