/** What run.ts gives a scenario, and what a scenario gives back. */

export interface BenchOptions {
  /** Events in the log that readAll and catch-up go through. */
  events: number;
  /** Measured window of each time-boxed round. */
  seconds: number;
  warmupSeconds: number;
  /** Rounds per variant; variants alternate (ours, raw, ours, raw…) and the median round is reported. */
  rounds: number;
  /** Concurrent writers of the group-commit scenario. */
  writers: number;
}

export interface ScenarioContext {
  options: BenchOptions;
  /** A fresh directory under os.tmpdir(), deleted when the scenario ends. */
  dir: string;
  /** Copies the seeded log of `options.events` events (seeded once per run, not measured) into `dir`. */
  seededLog(): Promise<string>;
  log(line: string): void;
}

export type Target = { kind: 'ratio'; min: number } | { kind: 'rate'; min: number };

export interface Row {
  scenario: string;
  ours: number;
  /** What the ratio is taken against, e.g. 'raw 1 row/txn'. */
  baseline: string;
  baselineRate: number;
  target?: Target;
}

export interface ScenarioResult {
  rows: Row[];
  /** Lines printed under the table: where the time goes, extra ratios. */
  notes: string[];
  /** Everything measured, every round, for the JSON file. */
  details: Record<string, unknown>;
}

export interface Scenario {
  id: string;
  /** Names accepted by --only besides the id (case and dashes ignored). */
  aliases: string[];
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}

export function ratio(row: Row): number {
  return row.ours / row.baselineRate;
}

export function targetMet(row: Row): boolean | undefined {
  if (!row.target) return undefined;
  return row.target.kind === 'ratio' ? ratio(row) >= row.target.min : row.ours >= row.target.min;
}

export function usPerOp(perSecond: number): string {
  return `${(1e6 / perSecond).toFixed(1)} µs`;
}
