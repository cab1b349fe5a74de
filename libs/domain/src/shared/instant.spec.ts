import fc from 'fast-check';
import { DateTime } from 'luxon';
import { instantMs, zonedIso } from './instant.js';

const ZONES = [
  'Asia/Shanghai',
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
  'Etc/UTC',
  'UTC',
  'Asia/Kathmandu',
];
/** 1900 to 2100, and the hours around transitions fall in this range many times over. */
const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('instants', () => {
  it('spells every instant in every zone exactly as luxon does', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(zonedIso(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).toISO());
      }),
      { numRuns: 20_000 },
    );
  });

  it('spells each millisecond around a daylight-saving change as luxon does', () => {
    // Europe/London left summer time at 2026-10-25T01:00:00Z; New York at 2026-11-01T06:00:00Z.
    for (const [zone, change] of [
      ['Europe/London', Date.UTC(2026, 9, 25, 1)],
      ['America/New_York', Date.UTC(2026, 10, 1, 6)],
    ] as const) {
      for (let ms = change - 2 * 3_600_000; ms <= change + 2 * 3_600_000; ms += 59_999) {
        expect(zonedIso(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).toISO());
      }
      expect(zonedIso(change - 1, zone)).toBe(DateTime.fromMillis(change - 1, { zone }).toISO());
      expect(zonedIso(change, zone)).toBe(DateTime.fromMillis(change, { zone }).toISO());
    }
  });

  it('reads an instant the same the first and the second time', () => {
    // From 1970: before, some zones had offsets with seconds, which ISO 8601 text cannot carry.
    const modern = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(modern, fc.constantFrom(...ZONES), (ms, zone) => {
        const text = DateTime.fromMillis(ms, { zone }).toISO()!;
        expect(instantMs(text, 'at')).toBe(ms);
        expect(instantMs(text, 'at')).toBe(ms);
      }),
      { numRuns: 2_000 },
    );
  });

  it('still refuses an instant that does not exist, also after a valid one', () => {
    expect(instantMs('2026-02-28T10:00:00+08:00', 'at')).toBe(Date.UTC(2026, 1, 28, 2));
    expect(() => instantMs('2026-02-30T10:00:00+08:00', 'at')).toThrow('is not a real instant');
    expect(() => instantMs('2026-02-28 10:00', 'at')).toThrow('must be an ISO 8601 instant');
  });
});
