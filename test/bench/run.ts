/**
 * `npm run bench`: the SQLite adapter against raw better-sqlite3 on this machine, in one run.
 *
 *   node --expose-gc dist/test/bench/run.js [--events N] [--seconds S] [--warmup S] [--rounds R]
 *                                          [--writers W] [--only append,readAll,...]
 *   BENCH_SCALE=0.05 scales the default events and seconds for a quick run (flags still win).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appendConcurrent } from './append-concurrent.bench.js';
import { appendSingle } from './append-single.bench.js';
import { catchUp } from './catch-up.bench.js';
import { formatSeconds, now } from './measure.js';
import { projectionsRebuild } from './projections-rebuild.bench.js';
import { openRaw, sqliteVersion } from './raw-sqlite.js';
import { readAll as readAllScenario } from './read-all.bench.js';
import { machineInfo, renderTable, toResults, writeReport, type BenchReport } from './report.js';
import type { BenchOptions, Row, Scenario } from './scenario.js';
import { seedLog } from './seed-log.js';
import { slaReportScenario } from './sla-report.bench.js';
import { makeTempDir, removeAllTempDirs, removeTempDir } from './temp-dirs.js';

const SCENARIOS: readonly Scenario[] = [
  appendSingle,
  appendConcurrent,
  readAllScenario,
  catchUp,
  projectionsRebuild,
  slaReportScenario,
];

const USAGE = `usage: npm run bench -- [options]
  --events N     events in the log read by readAll and catch-up (default 1000000 × BENCH_SCALE)
  --seconds S    measured seconds per round of each append variant (default 2 × BENCH_SCALE, at least 0.5)
  --warmup S     warm-up seconds before the first round of each append variant (default 1 × BENCH_SCALE, at least 0.2)
  --rounds R     rounds per append variant, each alternating in slices; the median is reported (default 3);
                 reads make one full pass per variant, alternating in chunks of 50000 events
  --writers W    concurrent writers (default 8)
  --only LIST    comma-separated scenarios: ${SCENARIOS.map((s) => [s.id, ...s.aliases].join('|')).join(', ')}
env BENCH_SCALE  scales the defaults of --events, --seconds and --warmup (e.g. 0.05 for a quick run)
env BENCH_EVENTS events in the ticket log that projections-rebuild rebuilds every read model from
                 (default --events, 1000000)
env BENCH_REPORT_TICKETS tickets in the sla-facts read model of sla-report (default 100000)`;

function parseOptions(): { options: BenchOptions; scenarios: readonly Scenario[] } {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      writers: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = positive('BENCH_SCALE', process.env.BENCH_SCALE ?? '1');
  const options: BenchOptions = {
    events: Math.round(
      values.events ? positive('--events', values.events) : Math.max(1000, 1_000_000 * scale),
    ),
    seconds: values.seconds ? positive('--seconds', values.seconds) : Math.max(0.5, 2 * scale),
    warmupSeconds: values.warmup !== undefined ? Number(values.warmup) : Math.max(0.2, 1 * scale),
    rounds: Math.round(values.rounds ? positive('--rounds', values.rounds) : 3),
    writers: Math.round(values.writers ? positive('--writers', values.writers) : 8),
  };
  return { options, scenarios: values.only ? select(values.only) : SCENARIOS };
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} must be a positive number, not "${text}"\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

function select(list: string): readonly Scenario[] {
  const key = (name: string) => name.toLowerCase().replace(/[-_\s]/g, '');
  const wanted = list.split(',').map(key).filter(Boolean);
  const unknown = wanted.filter((w) => !SCENARIOS.some((s) => [s.id, ...s.aliases].map(key).includes(w)));
  if (unknown.length > 0) {
    console.error(`unknown scenario(s): ${unknown.join(', ')}\n\n${USAGE}`);
    process.exit(2);
  }
  return SCENARIOS.filter((s) => [s.id, ...s.aliases].map(key).some((k) => wanted.includes(k)));
}

/** The log read by readAll and catch-up: seeded once per run in its own directory, copied into each scenario's. */
function seededLogs(events: number, notes: string[]) {
  let seed: Promise<string> | undefined;
  return (dir: string) => async () => {
    seed ??= (async () => {
      const file = join(makeTempDir('seed'), 'events.sqlite');
      console.log(`  seeding ${events} events (rows made by the adapter's planRecords, not measured)…`);
      const { seconds } = await seedLog(file, events);
      const line = `seed: ${events} events in ${formatSeconds(seconds)} (${Math.round(events / seconds)} events/s; adapter's planRecords + raw inserts, not measured)`;
      console.log(`  ${line}`);
      notes.push(line);
      return file;
    })();
    const source = await seed;
    const copy = join(dir, 'events.sqlite');
    copyFileSync(source, copy);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${copy}-wal`);
    return copy;
  };
}

async function main(): Promise<void> {
  const { options, scenarios } = parseOptions();
  const startedAt = new Date().toISOString();
  const probe = openRaw(':memory:');
  const machine = machineInfo(sqliteVersion(probe));
  probe.close();
  console.log(
    `service-ledger bench: SQLite adapter vs raw better-sqlite3 (WAL, synchronous=FULL)\n` +
      `machine: ${machine.cpu} × ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.os}, node ${machine.node}, ` +
      `SQLite ${machine.sqlite}, better-sqlite3 ${machine.betterSqlite3}, tmpdir ${machine.tmpdir}, ` +
      `load ${machine.loadAverageAtStart.join(' ')}\n` +
      `options: ${JSON.stringify(options)}${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: no GC between runs)'}`,
  );

  const rows: Row[] = [];
  const notes: string[] = [];
  const perScenario: BenchReport['scenarios'] = {};
  const seededLog = seededLogs(options.events, notes);
  try {
    for (const scenario of scenarios) {
      console.log(`\n${scenario.id}`);
      const dir = makeTempDir(scenario.id);
      const start = now();
      try {
        const result = await scenario.run({ options, dir, seededLog: seededLog(dir), log: console.log });
        rows.push(...result.rows);
        notes.push(...result.notes);
        perScenario[scenario.id] = { seconds: Number(now() - start) / 1e9, details: result.details };
      } catch (error) {
        console.error(`  ${scenario.id} failed:`, error);
        notes.push(`${scenario.id} FAILED: ${String(error)}`);
        perScenario[scenario.id] = { seconds: Number(now() - start) / 1e9, error: String(error) };
      } finally {
        removeTempDir(dir);
      }
      console.log(`  done in ${formatSeconds(perScenario[scenario.id].seconds)}`);
    }
  } finally {
    removeAllTempDirs();
  }

  console.log(`\n${renderTable(rows)}\n`);
  for (const note of notes) console.log(`- ${note}`);
  const file = writeReport({
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    options,
    results: toResults(rows),
    notes,
    scenarios: perScenario,
  });
  console.log(`\nresults: ${file} (and latest.json)`);
}

await main();
