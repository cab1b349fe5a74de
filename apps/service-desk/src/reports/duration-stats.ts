/** Mean, median and 90th percentile of a set of durations (milliseconds). */
export interface DurationStats {
  count: number;
  meanMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
}

/**
 * From durations sorted ascending. The median is the middle value (the mean of the two middle
 * values for an even count); the 90th percentile is the nearest rank: the value at position
 * ceil(0.9 × n) (1-based), so that at least 90% of the durations are at or below it.
 */
export function durationStats(sorted: ArrayLike<number>, sumMs?: number): DurationStats {
  const n = sorted.length;
  if (n === 0) return { count: 0, meanMs: null, medianMs: null, p90Ms: null };
  let sum = sumMs;
  if (sum === undefined) {
    sum = 0;
    for (let i = 0; i < n; i++) sum += sorted[i];
  }
  const middle = Math.floor(n / 2);
  const medianMs = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count: n, meanMs: sum / n, medianMs, p90Ms: sorted[Math.ceil(0.9 * n) - 1] };
}
