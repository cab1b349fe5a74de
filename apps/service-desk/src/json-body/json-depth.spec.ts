import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('exceedsJsonDepth', () => {
  it('allows nesting up to the limit, and not one level more', () => {
    expect(exceedsJsonDepth(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(exceedsJsonDepth(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(exceedsJsonDepth('{"a":'.repeat(33) + '1' + '}'.repeat(33))).toBe(true);
  });

  it('measures 10,000 levels without recursion, unclosed ones too', () => {
    expect(exceedsJsonDepth(nested(10_000))).toBe(true);
    expect(exceedsJsonDepth('['.repeat(1_000_000))).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(JSON.stringify({ a: '['.repeat(100) }))).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ a: '\\"' + '{'.repeat(100) }))).toBe(false);
  });

  it('counts siblings once: width is not depth', () => {
    expect(exceedsJsonDepth(JSON.stringify({ a: Array.from({ length: 1000 }, () => [[1]]) }))).toBe(false);
  });
});
