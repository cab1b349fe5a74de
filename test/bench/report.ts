/** The table printed at the end, and the JSON written under test/bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatRate } from './measure.js';
import { ratio, targetMet, type BenchOptions, type Row, type Target } from './scenario.js';

/** test/bench/results/, found from dist/test/bench/ where the compiled runner lives. */
const RESULTS_DIR = fileURLToPath(new URL('../../../test/bench/results/', import.meta.url));

export interface MachineInfo {
  cpu: string;
  cpus: number;
  memoryGiB: number;
  os: string;
  node: string;
  sqlite: string;
  betterSqlite3: string;
  tmpdir: string;
  loadAverageAtStart: number[];
}

export function machineInfo(sqlite: string): MachineInfo {
  const require = createRequire(import.meta.url);
  const betterSqlite3 = (require('better-sqlite3/package.json') as { version: string }).version;
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sqlite,
    betterSqlite3,
    tmpdir: os.tmpdir(),
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function describeTarget(target: Target | undefined): string {
  if (!target) return '—';
  return target.kind === 'ratio'
    ? `≥ ${target.min < 1 ? `${target.min * 100}%` : `${target.min}x`}`
    : `≥ ${formatRate(target.min)}/s`;
}

function formatRatio(row: Row): string {
  const r = ratio(row);
  return r < 1 ? `${(r * 100).toFixed(0)}%` : `${r.toFixed(2)}x`;
}

export function renderTable(rows: readonly Row[]): string {
  const header = ['scenario', 'ours/s', 'baseline', 'baseline/s', 'ratio', 'target', 'met?'];
  const lines = rows.map((row) => {
    const met = targetMet(row);
    return [
      row.scenario,
      formatRate(row.ours),
      row.baseline,
      formatRate(row.baselineRate),
      formatRatio(row),
      describeTarget(row.target),
      met === undefined ? '' : met ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const numeric = new Set([1, 3, 4]);
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  loadAverageAtEnd: number[];
  options: BenchOptions;
  results: (Row & { ratio: number; met: boolean | null })[];
  notes: string[];
  scenarios: Record<string, { seconds: number; details?: Record<string, unknown>; error?: string }>;
}

export function toResults(rows: readonly Row[]): BenchReport['results'] {
  return rows.map((row) => ({ ...row, ratio: ratio(row), met: targetMet(row) ?? null }));
}

/** Writes results/<timestamp>.json and results/latest.json; returns the timestamped path. */
export function writeReport(report: BenchReport): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json =
    JSON.stringify(report, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n';
  const file = `${RESULTS_DIR}${report.startedAt.replace(/:/g, '-')}.json`;
  writeFileSync(file, json);
  writeFileSync(`${RESULTS_DIR}latest.json`, json);
  return file;
}
