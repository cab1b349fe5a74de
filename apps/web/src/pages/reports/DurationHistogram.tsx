import { Segmented } from 'antd';
import { useState } from 'react';
import { useLanguage, useT } from '../../i18n/language';
import { TIMER_WORDS, word } from '../../i18n/ticket-words';
import { histogramDescription, histogramOption, histogramSeries } from './histogram-option';
import { ReportChart } from './ReportChart';
import { TIMERS, type SlaFigures, type Timer } from './report-types';
import { REPORTS_MESSAGES } from './reports.messages';

/**
 * How long the timers took, as a histogram (time to resolve first): bars of the total, or stacked
 * per group when the report is grouped into a few groups. A switch picks the timer.
 */
export function DurationHistogram({ total, groups }: { total: SlaFigures; groups: SlaFigures[] }) {
  const t = useT(REPORTS_MESSAGES);
  const { language } = useLanguage();
  const [timer, setTimer] = useState<Timer>('resolution');
  const name = word(TIMER_WORDS, timer, language);
  return (
    <ReportChart
      title={t('chart.histogram', { timer: name, count: total.durations[timer].count })}
      description={t('chart.histogram.aria', {
        timer: name,
        bars: histogramDescription(total.distributions[timer], language),
      })}
      option={histogramOption(histogramSeries(timer, total, groups, t('total')), language)}
      extra={
        <Segmented<Timer>
          size="small"
          aria-label={t('histogramTimer')}
          value={timer}
          onChange={setTimer}
          options={TIMERS.map((value) => ({ value, label: word(TIMER_WORDS, value, language) }))}
        />
      }
    />
  );
}
