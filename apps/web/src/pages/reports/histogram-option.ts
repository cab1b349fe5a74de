import type { EChartsOption } from 'echarts';
import type { Language } from '../../i18n/language';
import type { HistogramBin, SlaFigures, Timer } from './report-types';

const MIN = 60_000;
const HOUR = 60 * MIN;

const wholeHours = (ms: number) => ms % HOUR === 0;

/** A count of minutes or hours in words: "30分钟" / "12小时", "30 min" / "12 h". */
function inUnit(value: number, hours: boolean, language: Language): string {
  if (hours) return language === 'zh' ? `${value}小时` : `${value} h`;
  return language === 'zh' ? `${value}分钟` : `${value} min`;
}

/**
 * A bar's name: "≤10分钟", "45–60分钟", "2–4小时", ">48小时". Both edges in hours when both are
 * whole hours, else both in minutes, so the unit is written once and the labels stay short.
 */
export function binLabel(bin: HistogramBin, language: Language): string {
  const one = (ms: number) => inUnit(wholeHours(ms) ? ms / HOUR : ms / MIN, wholeHours(ms), language);
  if (bin.toMs === null) return `>${one(bin.fromMs)}`;
  if (bin.fromMs === 0) return `≤${one(bin.toMs)}`;
  const hours = wholeHours(bin.fromMs) && wholeHours(bin.toMs);
  const unit = hours ? HOUR : MIN;
  return `${bin.fromMs / unit}–${inUnit(bin.toMs / unit, hours, language)}`;
}

export interface HistogramSeries {
  name: string;
  bins: HistogramBin[];
}

/**
 * The histogram of one timer: the total as one series, or a stacked series per group so that each
 * bar shows who it is made of. The bars are the server's (fixed edges, README "Reports").
 */
export function histogramOption(series: HistogramSeries[], language: Language): EChartsOption {
  const bins = series[0]?.bins ?? [];
  const stacked = series.length > 1;
  return {
    grid: { left: 48, right: 16, top: stacked ? 40 : 24, bottom: 24, containLabel: true },
    legend: stacked ? { top: 0, type: 'scroll' } : undefined,
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: bins.map((b) => binLabel(b, language)),
      axisLabel: { interval: 0, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      stack: stacked ? 'groups' : undefined,
      barCategoryGap: '8%',
      label: stacked ? undefined : { show: true, position: 'top' },
      data: s.bins.map((b) => b.count),
    })),
  };
}

/** What a screen reader hears: every bar with its count ("≤1小时：0；1–2小时：1；…"). */
export function histogramDescription(total: HistogramBin[], language: Language): string {
  const separator = language === 'zh' ? '；' : '; ';
  const colon = language === 'zh' ? '：' : ': ';
  return total.map((b) => `${binLabel(b, language)}${colon}${b.count}`).join(separator);
}

/** The series to draw: one per group when there are a few groups, else the total. */
export function histogramSeries(
  timer: Timer,
  total: SlaFigures,
  groups: SlaFigures[],
  totalName: string,
  most = 10,
): HistogramSeries[] {
  if (groups.length > 1 && groups.length <= most)
    return groups.map((g) => ({ name: g.label ?? g.key ?? '', bins: g.distributions[timer] }));
  return [{ name: totalName, bins: total.distributions[timer] }];
}
