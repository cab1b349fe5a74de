/**
 * The SLA report (slaReport, apps/service-desk/src/reports/sla-report.ts, what GET /api/reports/sla
 * runs) for one month, over an sla-facts read model of 100 000 tickets reported across the year
 * before now. The rows are made by the projection's own row function (ticketSlaFacts) from each
 * ticket's events (ticket-log.ts, the domain's deciders), i.e. the final row the sla-facts projection
 * writes for that ticket; building them is not measured. Each variant runs twice to warm up, then
 * RUNS times; the median is reported. Baseline in the same run, alternating with ours: raw
 * better-sqlite3 fetching every column of the same month's rows (the data the report must read).
 *
 * Tickets: BENCH_REPORT_TICKETS (default 100 000).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { TicketEvent } from '#domain';
import {
  openReadDatabase,
  slaFactsProjection,
  ticketSlaFacts,
  type SlaFactsDb,
  type SlaFactsRow,
} from '#projections';
import { reportPeriod } from '../../apps/service-desk/src/reports/report-period.js';
import { slaReport } from '../../apps/service-desk/src/reports/sla-report.js';
import type { GroupBy } from '../../apps/service-desk/src/reports/sla-report.types.js';
import { blackhole, formatSeconds, now } from './measure.js';
import type { Row, Scenario } from './scenario.js';
import { benchDesk, benchTickets, type StreamBatch } from './ticket-log.js';

const RUNS = 11;
const WARMUP_RUNS = 2;
const ROWS_PER_TRANSACTION = 5000;
const NAME_OF: Record<string, 'customer' | 'contract' | 'staff'> = {
  CustomerRegistered: 'customer',
  ContractRegistered: 'contract',
  StaffRegistered: 'staff',
};

export const slaReportScenario: Scenario = {
  id: 'sla-report',
  aliases: ['report', 'reports', 'slaReport'],
  async run({ dir, log }) {
    const tickets = Math.round(Number(process.env.BENCH_REPORT_TICKETS ?? 100_000));
    if (!Number.isFinite(tickets) || tickets <= 0)
      throw new Error('BENCH_REPORT_TICKETS must be a positive number');
    const file = join(dir, 'sla-facts.sqlite');
    log(`  building sla_facts for ${tickets} tickets (ticketSlaFacts over decided events, not measured)…`);
    const built = await buildSlaFacts(file, tickets);
    const zone = 'Asia/Shanghai';
    const month = DateTime.now().setZone(zone).minus({ months: 1 }).toFormat('yyyy-MM');
    const period = reportPeriod({ period: month, tz: zone });
    const asOfMs = Date.now();
    const notes = [
      `sla-report seed: ${tickets} tickets, ${built.events} events, in ${formatSeconds(built.seconds)} (not measured); ${built.inMonth} reported in ${month}`,
    ];

    const db = openReadDatabase<SlaFactsDb>(file);
    const raw = new Database(file, { readonly: true });
    const rawMonth = raw.prepare('SELECT * FROM sla_facts WHERE reported_at >= ? AND reported_at < ?');
    const rows: Row[] = [];
    const details: Record<string, unknown> = { tickets, month, inMonth: built.inMonth };
    try {
      for (const groupBy of [null, 'customer', 'engineer'] as (GroupBy | null)[]) {
        const ours = async () => {
          const report = await slaReport(db, { period, groupBy, asOfMs });
          blackhole(report.total.tickets + report.groups.length);
        };
        const baseline = () => blackhole((rawMonth.all(period.fromMs, period.toMs) as unknown[]).length);
        const measured = await alternatingRuns(ours, baseline);
        const label = groupBy ? `, by ${groupBy}` : '';
        rows.push({
          scenario: `SLA report ${month}${label} (${built.inMonth} of ${tickets} tickets), reports`,
          ours: 1000 / measured.ours.median,
          baseline: 'raw SELECT * of the month',
          baselineRate: 1000 / measured.baseline.median,
          target: groupBy === null ? { kind: 'rate', min: 10 } : undefined,
        });
        notes.push(
          `sla-report${label}: median ${measured.ours.median.toFixed(1)} ms (target < 100 ms for the month), runs ${measured.ours.runs
            .map((ms) => ms.toFixed(0))
            .join(' ')} ms; raw SELECT * median ${measured.baseline.median.toFixed(1)} ms`,
        );
        details[groupBy ?? 'all'] = measured;
        log(`  ${rows.at(-1)!.scenario}: median ${measured.ours.median.toFixed(1)} ms`);
      }
    } finally {
      raw.close();
      await db.destroy();
    }
    return { rows, notes, details };
  },
};

interface Runs {
  median: number;
  runs: number[];
}

/** Warm-up, then RUNS rounds of (ours, baseline), each timed in ms. */
async function alternatingRuns(
  ours: () => Promise<void>,
  baseline: () => void,
): Promise<{ ours: Runs; baseline: Runs }> {
  for (let i = 0; i < WARMUP_RUNS; i++) {
    await ours();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = now();
    await ours();
    a.push(Number(now() - start) / 1e6);
    start = now();
    baseline();
    b.push(Number(now() - start) / 1e6);
  }
  return { ours: { median: median(a), runs: a }, baseline: { median: median(b), runs: b } };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** sla-facts v1 tables (the projection's createSchema) filled with one ticketSlaFacts row per ticket and the names. */
async function buildSlaFacts(
  file: string,
  tickets: number,
): Promise<{ events: number; seconds: number; inMonth: number }> {
  const start = now();
  const db: Kysely<SlaFactsDb> = openReadDatabase<SlaFactsDb>(file);
  const nowMs = Date.now();
  const desk = benchDesk(nowMs);
  const zone = 'Asia/Shanghai';
  const monthStart = DateTime.now().setZone(zone).minus({ months: 1 }).startOf('month');
  const [fromMs, toMs] = [monthStart.toMillis(), monthStart.plus({ months: 1 }).toMillis()];
  let events = 0;
  let inMonth = 0;
  try {
    await slaFactsProjection.createSchema(db);
    const names = desk.setup.flatMap(({ events: list }) =>
      list
        .filter((e) => NAME_OF[e.type])
        .map((e) => {
          const data = e.data as Record<string, string>;
          const id = data[`${NAME_OF[e.type]}Id`];
          return { kind: NAME_OF[e.type], id, name: data.name };
        }),
    );
    await db.insertInto('sla_names').values(names).execute();
    const source = benchTickets(desk, 20261130, nowMs);
    for (let done = 0; done < tickets;) {
      const batch: SlaFactsRow[] = [];
      for (; batch.length < ROWS_PER_TRANSACTION && done < tickets; done++) {
        const ticket = source.next().value as StreamBatch;
        events += ticket.events.length;
        const row = ticketSlaFacts(
          ticket.events.map((e) => ({ type: e.type, data: e.data }) as unknown as TicketEvent),
        );
        if (row.reported_at >= fromMs && row.reported_at < toMs) inMonth++;
        batch.push(row);
      }
      await db.transaction().execute(async (trx) => {
        for (const row of batch) await trx.insertInto('sla_facts').values(row).execute();
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await db.destroy();
  }
  return { events, seconds: Number(now() - start) / 1e9, inMonth };
}
