import type { EChartsOption } from 'echarts';
import type { Language } from '../../i18n/language';
import {
  ESCALATION_REASON_WORDS,
  SATISFACTION_ITEM_WORDS,
  SATISFACTION_ITEMS,
  TIMER_WORDS,
  word,
} from '../../i18n/ticket-words';
import { minutes } from './report-format';
import { TIMERS, type SlaFigures } from './report-types';

const grid = { left: 48, right: 16, top: 40, bottom: 32, containLabel: true };
const timerNames = (language: Language) => TIMERS.map((timer) => word(TIMER_WORDS, timer, language));

/** Share within target per timer, in percent. */
export function withinTargetOption(figures: SlaFigures, language: Language, share: string): EChartsOption {
  return {
    grid,
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null ? '—' : `${String(v)}%`) },
    xAxis: { type: 'category', data: timerNames(language) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: share,
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top', formatter: '{c}%' },
        data: TIMERS.map((timer) => {
          const value = figures.withinTarget[timer].share;
          return value === null ? null : Math.round(value * 1000) / 10;
        }),
      },
    ],
  };
}

/** Escalations per reason, automatic (the watchman) stacked on manual. */
export function escalationsOption(
  figures: SlaFigures,
  language: Language,
  names: { automatic: string; manual: string },
): EChartsOption {
  const reasons = Object.keys(figures.escalations.byReason);
  const series = (['automatic', 'manual'] as const).map((how) => ({
    name: names[how],
    type: 'bar' as const,
    stack: 'escalations',
    barMaxWidth: 32,
    data: reasons.map((reason) => figures.escalations.byReason[reason][how]),
  }));
  return {
    grid: { ...grid, bottom: 8 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: reasons.map((r) => word(ESCALATION_REASON_WORDS, r, language)) },
    series,
  };
}

/** Mean, median and p90 of the time to respond, arrive and resolve, in minutes. */
export function durationsOption(
  figures: SlaFigures,
  language: Language,
  names: { mean: string; median: string; p90: string },
): EChartsOption {
  const series = (['mean', 'median', 'p90'] as const).map((what) => ({
    name: names[what],
    type: 'bar' as const,
    barMaxWidth: 28,
    data: TIMERS.map((timer) => minutes(figures.durations[timer][`${what}Ms`])),
  }));
  return {
    grid,
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: timerNames(language) },
    yAxis: { type: 'value', name: language === 'zh' ? '分钟' : 'min' },
    series,
  };
}

/** The average score per survey item that has answers. */
export function satisfactionOption(figures: SlaFigures, language: Language): EChartsOption {
  const items = SATISFACTION_ITEMS.filter((item) => figures.satisfaction.items[item] !== null);
  return {
    grid: { ...grid, top: 8, bottom: 8 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', min: 0, max: 5 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((item) => SATISFACTION_ITEM_WORDS[item][language]),
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        label: { show: true, position: 'right' },
        data: items.map((item) => figures.satisfaction.items[item]),
      },
    ],
  };
}
