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

/**
 * Mean, median and p90 of the time to respond, arrive and resolve, in minutes: one small chart per
 * timer with its own scale (minutes to respond and hours to resolve side by side would hide one).
 */
export function durationsOption(
  figures: SlaFigures,
  language: Language,
  names: { mean: string; median: string; p90: string },
): EChartsOption {
  const what = ['mean', 'median', 'p90'] as const;
  const width = 100 / TIMERS.length;
  return {
    title: TIMERS.map((timer, i) => ({
      text: `${word(TIMER_WORDS, timer, language)} (n=${figures.durations[timer].count})`,
      left: `${i * width + width / 2}%`,
      textAlign: 'center',
      top: 0,
      textStyle: { fontSize: 13, fontWeight: 'normal' },
    })),
    tooltip: { trigger: 'axis' },
    grid: TIMERS.map((_, i) => ({
      left: `${i * width + 4}%`,
      width: `${width - 8}%`,
      top: 36,
      bottom: 8,
      containLabel: true,
    })),
    xAxis: TIMERS.map((_, i) => ({
      type: 'category' as const,
      gridIndex: i,
      axisLabel: { interval: 0 },
      data: what.map((w) => names[w]),
    })),
    yAxis: TIMERS.map((_, i) => ({ type: 'value' as const, gridIndex: i })),
    series: TIMERS.map((timer, i) => ({
      type: 'bar' as const,
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 28,
      colorBy: 'data' as const,
      label: { show: true, position: 'top' as const },
      data: what.map((w) => minutes(figures.durations[timer][`${w}Ms`])),
    })),
  };
}

/** The average score per survey item that has answers: tickets' surveys, and the phase surveys when there are any. */
export function satisfactionOption(
  figures: SlaFigures,
  language: Language,
  phases: { surveys: number; items: Record<string, number | null> } | undefined,
  names: { tickets: string; phases: string },
): EChartsOption {
  const withPhases = phases && phases.surveys > 0 ? phases : undefined;
  const items = SATISFACTION_ITEMS.filter(
    (item) => figures.satisfaction.items[item] !== null || (withPhases && withPhases.items[item] !== null),
  );
  const series = [
    { name: names.tickets, values: figures.satisfaction.items },
    ...(withPhases ? [{ name: names.phases, values: withPhases.items }] : []),
  ];
  return {
    grid: { ...grid, top: withPhases ? 32 : 8, bottom: 8 },
    legend: withPhases ? { top: 0 } : undefined,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', min: 0, max: 5 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((item) => SATISFACTION_ITEM_WORDS[item][language]),
    },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      barMaxWidth: 16,
      label: { show: true, position: 'right' },
      data: items.map((item) => s.values[item] ?? null),
    })),
  };
}
