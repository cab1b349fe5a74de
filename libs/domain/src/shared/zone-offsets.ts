import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;
/** Cached hours per zone before the cache is cleared (about 11 years of hours). */
const MAX_CACHED_HOURS = 100_000;

/**
 * A zone's UTC offset (minutes) at an instant, cached per hour. Luxon asks Intl for every offset,
 * which made it the largest single cost of the SLA clock. An hour is cached only when the offset at
 * its first and last millisecond agree, so an hour holding a transition is always asked afresh
 * (no zone changes its offset twice within an hour).
 */
export class ZoneOffsets {
  private readonly zone: IANAZone;
  private readonly hours = new Map<number, number>();

  constructor(zoneName: string) {
    this.zone = IANAZone.create(zoneName);
  }

  offsetMinutes(ms: number): number {
    const hour = Math.floor(ms / HOUR_MS);
    const cached = this.hours.get(hour);
    if (cached !== undefined) return cached;
    const start = hour * HOUR_MS;
    const offset = this.zone.offset(start);
    if (offset !== this.zone.offset(start + HOUR_MS - 1)) return this.zone.offset(ms);
    if (this.hours.size >= MAX_CACHED_HOURS) this.hours.clear();
    this.hours.set(hour, offset);
    return offset;
  }
}

const byZone = new Map<string, ZoneOffsets>();

export function zoneOffsets(zoneName: string): ZoneOffsets {
  let offsets = byZone.get(zoneName);
  if (!offsets) {
    offsets = new ZoneOffsets(zoneName);
    byZone.set(zoneName, offsets);
  }
  return offsets;
}
