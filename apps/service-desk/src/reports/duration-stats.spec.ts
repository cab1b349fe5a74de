import { durationStats } from './duration-stats.js';
import { mergeSorted, sortedDurations } from './sorted-durations.js';

describe('durationStats', () => {
  it('has nothing to say about no durations', () => {
    expect(durationStats(new Float64Array())).toEqual({
      count: 0,
      meanMs: null,
      medianMs: null,
      p90Ms: null,
    });
  });

  it('odd count: the middle value; p90 by nearest rank (ceil(0.9 n))', () => {
    // [10, 20, 45]: mean 25, median 20, rank ceil(2.7) = 3 → 45
    expect(durationStats(Float64Array.of(10, 20, 45))).toEqual({
      count: 3,
      meanMs: 25,
      medianMs: 20,
      p90Ms: 45,
    });
  });

  it('even count: the mean of the two middle values', () => {
    // 1..10: median (5 + 6) / 2 = 5.5, p90 rank 9 → 9
    const values = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    expect(durationStats(values)).toEqual({ count: 10, meanMs: 5.5, medianMs: 5.5, p90Ms: 9 });
  });
});

describe('sortedDurations', () => {
  it('reads a group_concat list into numbers sorted as numbers, not as text', () => {
    expect([...sortedDurations('600000,90000,1200000')]).toEqual([90000, 600000, 1200000]);
    expect(sortedDurations(null)).toHaveLength(0);
    expect([...mergeSorted([Float64Array.of(1, 5), Float64Array.of(2, 3)])]).toEqual([1, 2, 3, 5]);
  });
});
