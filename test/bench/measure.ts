/** Timing helpers for the benchmarks: alternating time-boxed slices and alternating chunked passes, GC between rounds. */

export interface Rate {
  /** Operations (events) done in the measured window. */
  count: number;
  seconds: number;
  perSecond: number;
}

export interface TimeBox {
  seconds: number;
  warmupSeconds: number;
}

/** A loop that runs until the clock passes `until` (process.hrtime.bigint) and returns how many operations it did. */
export type Loop = (until: bigint) => Promise<number> | number;

const NS_PER_S = 1_000_000_000;

export function now(): bigint {
  return process.hrtime.bigint();
}

export function deadline(seconds: number): bigint {
  return now() + BigInt(Math.round(seconds * NS_PER_S));
}

/** Full collection between measurements, when node runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

let sunk = 0;

/** Keeps a value computed from what was read, so that no reading work can be optimised away. */
export function blackhole(value: number): void {
  sunk = (sunk + value) | 0;
}

export function sunkValue(): number {
  return sunk;
}

export function rate(count: number, elapsedNs: bigint): Rate {
  const seconds = Number(elapsedNs) / NS_PER_S;
  return { count, seconds, perSecond: count / seconds };
}

/** The round with the median rate (the lower middle one for an even number of rounds). */
export function medianRate(rates: readonly Rate[]): Rate {
  if (rates.length === 0) throw new Error('no rounds measured');
  const sorted = [...rates].sort((a, b) => a.perSecond - b.perSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export interface Measured {
  median: Rate;
  rounds: Rate[];
}

/** Length of one slice of an alternating measurement. */
const SLICE_SECONDS = 0.25;

/**
 * Time-boxed loops measured side by side: after one warm-up each, every round runs the loops in
 * alternating slices of a quarter of a second (a, b, c, a, b, c, …) until each has run `box.seconds`.
 * Disk and CPU noise from other work on the machine drifts over seconds, so fine slicing makes every
 * variant see the same noise and keeps the ratios honest even when the absolute figures move.
 */
export async function alternating<K extends string>(
  box: TimeBox,
  rounds: number,
  loops: Record<K, Loop>,
): Promise<Record<K, Measured>> {
  const keys = Object.keys(loops) as K[];
  if (box.warmupSeconds > 0) for (const key of keys) await loops[key](deadline(box.warmupSeconds));
  const all = Object.fromEntries(keys.map((k) => [k, [] as Rate[]])) as Record<K, Rate[]>;
  const slices = Math.max(1, Math.round(box.seconds / SLICE_SECONDS));
  for (let round = 0; round < rounds; round++) {
    collectGarbage();
    const count = new Map<K, number>(keys.map((k) => [k, 0]));
    const elapsed = new Map<K, bigint>(keys.map((k) => [k, 0n]));
    for (let slice = 0; slice < slices; slice++) {
      for (const key of keys) {
        const start = now();
        count.set(key, count.get(key)! + (await loops[key](deadline(box.seconds / slices))));
        elapsed.set(key, elapsed.get(key)! + (now() - start));
      }
    }
    for (const key of keys) all[key].push(rate(count.get(key)!, elapsed.get(key)!));
  }
  return Object.fromEntries(keys.map((k) => [k, { median: medianRate(all[k]), rounds: all[k] }])) as Record<
    K,
    Measured
  >;
}

/** One pass over a log, taken in steps: `step(max)` reads up to about `max` events, returns how many (0 at the end). */
export interface Pass {
  step(max: number): Promise<number> | number;
  close(): Promise<void> | void;
}

export interface PassMeasured {
  /** The whole pass: every event over the time spent in all of its steps. */
  total: Rate;
  /** Each step on its own, to show the spread. */
  chunks: Rate[];
}

/**
 * One full pass per variant, taken side by side in chunks of `chunk` events (a, b, c, a, b, c, …)
 * so that drifting noise from other work on the machine hits every variant alike.
 */
export async function alternatingPasses<K extends string>(
  chunk: number,
  passes: Record<K, Pass>,
): Promise<Record<K, PassMeasured>> {
  const keys = Object.keys(passes) as K[];
  const chunks = Object.fromEntries(keys.map((k) => [k, [] as Rate[]])) as Record<K, Rate[]>;
  const open = new Set(keys);
  collectGarbage();
  try {
    while (open.size > 0) {
      for (const key of keys.filter((k) => open.has(k))) {
        const start = now();
        const count = await passes[key].step(chunk);
        const elapsed = now() - start;
        if (count === 0) open.delete(key);
        else chunks[key].push(rate(count, elapsed));
      }
    }
  } finally {
    for (const key of keys) await passes[key].close();
  }
  return Object.fromEntries(
    keys.map((k) => {
      const count = chunks[k].reduce((sum, r) => sum + r.count, 0);
      const seconds = chunks[k].reduce((sum, r) => sum + r.seconds, 0);
      return [k, { total: { count, seconds, perSecond: count / seconds }, chunks: chunks[k] }];
    }),
  ) as Record<K, PassMeasured>;
}

/** Reads the first `events` of each pass, then closes it: warms the JIT without a whole pass. */
export async function warmUp(events: number, passes: readonly Pass[]): Promise<void> {
  for (const pass of passes) {
    await pass.step(events);
    await pass.close();
  }
}

/** "ours 180k–201k–215k": the slowest, median and fastest chunk of each pass. */
export function describeChunks(label: string, measured: Record<string, PassMeasured>): string {
  const parts = Object.entries(measured).map(([key, m]) => {
    const sorted = m.chunks.map((r) => r.perSecond).sort((a, b) => a - b);
    const at = (q: number) =>
      formatRate(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    return `${key} ${at(0)}–${at(0.5)}–${at(1)}`;
  });
  return `${label} chunks (slowest–median–fastest events/s): ${parts.join('; ')}`;
}

/** "ours 2.6k 2.5k 2.7k; raw 3.9k 3.8k 3.7k": every round, to show how noisy the run was. */
export function describeRounds(label: string, measured: Record<string, Measured>): string {
  const parts = Object.entries(measured).map(
    ([key, m]) => `${key} ${m.rounds.map((r) => formatRate(r.perSecond)).join(' ')}`,
  );
  return `${label} rounds (events/s): ${parts.join('; ')}`;
}

export function formatRate(perSecond: number): string {
  if (perSecond >= 1_000_000) return `${(perSecond / 1_000_000).toFixed(2)}M`;
  if (perSecond >= 10_000) return `${(perSecond / 1000).toFixed(0)}k`;
  if (perSecond >= 1000) return `${(perSecond / 1000).toFixed(1)}k`;
  return perSecond.toFixed(0);
}

export function formatSeconds(seconds: number): string {
  return seconds >= 10 ? `${seconds.toFixed(0)} s` : `${seconds.toFixed(1)} s`;
}
