import type { HistogramBin, TimerKey } from './sla-report.types.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * The upper edges of the bars per timer, in counted time. Each takes in DOMAIN.md's promise (respond
 * within 30 minutes, on site within 1 hour, fixed within 12 hours) as an edge, so the bars left of
 * it are the timers that met the default target; a last bar is open-ended. The edges are fixed rather
 * than per policy, so months and groups stay comparable.
 */
export const HISTOGRAM_EDGES: Record<TimerKey, readonly number[]> = {
  response: [10 * MIN, 20 * MIN, 30 * MIN, 45 * MIN, HOUR, 2 * HOUR, 4 * HOUR],
  onSite: [15 * MIN, 30 * MIN, 45 * MIN, HOUR, 90 * MIN, 2 * HOUR, 4 * HOUR],
  resolution: [HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 12 * HOUR, 24 * HOUR, 48 * HOUR],
};

/** The histogram of durations sorted ascending over the given upper edges (ascending). */
export function durationHistogram(sorted: ArrayLike<number>, edges: readonly number[]): HistogramBin[] {
  const bins: HistogramBin[] = [];
  let below = 0;
  let fromMs = 0;
  for (const toMs of edges) {
    const atOrBelow = countAtOrBelow(sorted, toMs);
    bins.push({ fromMs, toMs, count: atOrBelow - below });
    below = atOrBelow;
    fromMs = toMs;
  }
  bins.push({ fromMs, toMs: null, count: sorted.length - below });
  return bins;
}

/** How many of the sorted values are ≤ limit (binary search for the first one above it). */
function countAtOrBelow(sorted: ArrayLike<number>, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A bar's name in CSV headers: `le_30min`, `le_12h`, `gt_48h`. */
export function binName(bin: HistogramBin): string {
  const edge = bin.toMs ?? bin.fromMs;
  const amount = edge % HOUR === 0 ? `${edge / HOUR}h` : `${edge / MIN}min`;
  return `${bin.toMs === null ? 'gt' : 'le'}_${amount}`;
}
