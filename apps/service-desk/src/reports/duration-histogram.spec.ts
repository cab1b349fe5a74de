import { binName, durationHistogram, HISTOGRAM_EDGES } from './duration-histogram.js';

const MIN = 60_000;

describe('durationHistogram', () => {
  it('puts each duration in the bar whose upper edge it does not pass; an edge value belongs to the bar below', () => {
    // edges 10, 20, 30: bars [0, 10], (10, 20], (20, 30], (30, ∞)
    const bins = durationHistogram(Float64Array.of(0, 10, 11, 20, 20, 45, 90), [10, 20, 30]);
    expect(bins).toEqual([
      { fromMs: 0, toMs: 10, count: 2 },
      { fromMs: 10, toMs: 20, count: 3 },
      { fromMs: 20, toMs: 30, count: 0 },
      { fromMs: 30, toMs: null, count: 2 },
    ]);
  });

  it('has every bar, empty, for no durations', () => {
    const bins = durationHistogram(new Float64Array(), HISTOGRAM_EDGES.resolution);
    expect(bins).toHaveLength(8);
    expect(bins.every((b) => b.count === 0)).toBe(true);
    expect(bins[7]).toEqual({ fromMs: 48 * 60 * MIN, toMs: null, count: 0 });
  });

  it("has DOMAIN.md's promises as edges: 30 min to respond, 1 h on site, 12 h to fix", () => {
    expect(HISTOGRAM_EDGES.response).toContain(30 * MIN);
    expect(HISTOGRAM_EDGES.onSite).toContain(60 * MIN);
    expect(HISTOGRAM_EDGES.resolution).toContain(12 * 60 * MIN);
  });

  it('names the bars for CSV headers in minutes or whole hours', () => {
    const names = durationHistogram(new Float64Array(), HISTOGRAM_EDGES.onSite).map(binName);
    expect(names).toEqual([
      'le_15min',
      'le_30min',
      'le_45min',
      'le_1h',
      'le_90min',
      'le_2h',
      'le_4h',
      'gt_4h',
    ]);
  });
});
