import {
  sql,
  type AliasableExpression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
} from 'kysely';
import { workingTime, type SlaCalendar, type WorkingTime } from '#domain';
import { TIMER_PREFIXES, type SlaFactsDb } from '#projections';
import {
  addSums,
  breachedTimer,
  maxOf,
  runningTimer,
  slaAggregates,
  sumsOf,
  TIMER_KEYS,
  type SlaSums,
} from './sla-aggregates.js';
import { slaFigures } from './sla-figures.js';
import { groupLabels } from './group-labels.js';
import { isoIn, monthsOf, type ReportPeriod } from './report-period.js';
import type { GroupBy, PolicyVersionCount, SlaReport, TimerKey } from './sla-report.types.js';

type Eb = ExpressionBuilder<SlaFactsDb, 'sla_facts'>;

export interface SlaReportRequest {
  period: ReportPeriod;
  groupBy: GroupBy | null;
  /** Still-running timers are judged at this instant (now). */
  asOfMs: number;
  /** Only this customer's tickets (the maintenance report). */
  customerId?: string;
}

const NO_GROUP = 'all';

/**
 * The SLA report over the tickets reported in the period: counts, sums and maxima in SQL over
 * sla_facts (one row per ticket, found by the reported_at index); medians and 90th percentiles
 * in JS from the sorted durations of the period; the overrun of timers still running past their
 * due instant computed at asOf. Each ticket is judged by the policy version its FaultReported
 * carries; the report lists those versions.
 */
export async function slaReport(db: Kysely<SlaFactsDb>, request: SlaReportRequest): Promise<SlaReport> {
  const { period, groupBy, asOfMs, customerId } = request;
  const key = (eb: Eb): AliasableExpression<unknown> => groupKey(eb, groupBy, period);
  const inPeriod = () => {
    let query = db
      .selectFrom('sla_facts')
      .where('reported_at', '>=', period.fromMs)
      .where('reported_at', '<', period.toMs);
    if (customerId !== undefined) query = query.where('customer_id', '=', customerId);
    return query;
  };
  const grouped = <Q extends { groupBy(e: (eb: Eb) => AliasableExpression<unknown>): Q }>(q: Q) =>
    groupBy === null ? q : q.groupBy(key);

  const aggregates = await grouped(
    inPeriod().select((eb) => [key(eb).as('group_key'), ...slaAggregates(eb, asOfMs)]),
  ).execute();
  const sums = new Map<string, SlaSums>();
  for (const row of aggregates as Record<string, unknown>[]) sums.set(keyOf(row.group_key), sumsOf(row));

  await addRunningOverruns(inPeriod, key, asOfMs, sums);
  const durations = await sortedDurations(inPeriod, key);
  const versions = await policyVersions(inPeriod, key, groupBy);
  const labels = await groupLabels(db, groupBy, [...sums.keys()]);

  const none = () => emptyDurations();
  const groups = [...sums.entries()]
    .sort(([a], [b]) => compareKeys(a, b, groupBy))
    .map(([k, s]) => ({
      key: k,
      label: labels.get(k) ?? k,
      ...slaFigures(s, durations.get(k) ?? none(), versions.get(k) ?? []),
    }));
  const total = slaFigures(
    addSums([...sums.values()]),
    mergeDurations([...durations.values()]),
    mergeVersions([...versions.values()]),
  );
  return {
    period: {
      from: isoIn(period.fromMs, period.timeZone),
      to: isoIn(period.toMs, period.timeZone),
      timeZone: period.timeZone,
      ...(period.name !== undefined && { name: period.name }),
    },
    asOf: isoIn(asOfMs, period.timeZone),
    groupBy,
    ...(customerId !== undefined && { customerId }),
    total,
    groups: groupBy === null ? [] : groups,
  };
}

function groupKey(eb: Eb, groupBy: GroupBy | null, period: ReportPeriod): AliasableExpression<unknown> {
  switch (groupBy) {
    case null:
      return sql.lit<string>(NO_GROUP);
    case 'customer':
      return eb.ref('customer_id');
    case 'contract':
      return eb.ref('contract_id');
    case 'severity':
      return eb.ref('severity');
    case 'engineer':
      return eb.ref('engineer_id');
    case 'warranty':
      return eb.ref('warranty');
    case 'month': {
      // Literal bounds, so that the same expression text appears in SELECT and GROUP BY on every dialect.
      const [first, ...rest] = monthsOf(period);
      let cases = eb.case().when('reported_at', '<', eb.lit(first.toMs)).then(sql.lit<string>(first.key));
      for (const m of rest)
        cases = cases.when('reported_at', '<', eb.lit(m.toMs)).then(sql.lit<string>(m.key));
      return cases.end();
    }
  }
}

export const UNASSIGNED = 'unassigned';
const keyOf = (value: unknown): string =>
  value === null || value === undefined ? UNASSIGNED : String(value);

function compareKeys(a: string, b: string, groupBy: GroupBy | null): number {
  if (groupBy === 'severity') return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

type InPeriod = () => SelectQueryBuilder<SlaFactsDb, 'sla_facts', object>;

/** Timers still running past their due instant: their overrun grows until asOf. */
async function addRunningOverruns(
  inPeriod: InPeriod,
  key: (eb: Eb) => AliasableExpression<unknown>,
  asOfMs: number,
  sums: Map<string, SlaSums>,
): Promise<void> {
  const prefixes = Object.entries(TIMER_PREFIXES) as [TimerKey, (typeof TIMER_PREFIXES)[TimerKey]][];
  const rows: Record<string, unknown>[] = await inPeriod()
    .select((eb: Eb) => key(eb).as('group_key'))
    .select(['calendar', 'time_zone'])
    .select(prefixes.flatMap(([, p]) => [`${p}_started_at`, `${p}_target_ms`] as const))
    .select((eb: Eb) =>
      prefixes.map(([, p]) =>
        eb
          .case()
          .when(eb.and([runningTimer(eb, p), breachedTimer(eb, p, asOfMs)]))
          .then(1)
          .else(0)
          .end()
          .as(`${p}_overdue`),
      ),
    )
    .where((eb: Eb) =>
      eb.or(prefixes.map(([, p]) => eb.and([runningTimer(eb, p), breachedTimer(eb, p, asOfMs)]))),
    )
    .execute();
  const calendars = new Map<string, WorkingTime>();
  for (const row of rows) {
    const calendarKey = `${String(row.calendar)}|${String(row.time_zone)}`;
    let work = calendars.get(calendarKey);
    if (!work) {
      work = workingTime(JSON.parse(String(row.calendar)) as SlaCalendar, String(row.time_zone));
      calendars.set(calendarKey, work);
    }
    const group = sums.get(keyOf(row.group_key));
    if (!group) continue;
    for (const [timer, p] of prefixes) {
      if (Number(row[`${p}_overdue`]) !== 1) continue;
      const overrun = Math.max(
        0,
        work.elapsedMs(Number(row[`${p}_started_at`]), asOfMs) - Number(row[`${p}_target_ms`]),
      );
      const t = group.timers[timer];
      t.overrunSum += overrun;
      t.overrunMax = maxOf(t.overrunMax, overrun);
    }
  }
}

/** The durations of the completed timers of each group, sorted (for median and p90). */
async function sortedDurations(
  inPeriod: InPeriod,
  key: (eb: Eb) => AliasableExpression<unknown>,
): Promise<Map<string, Record<TimerKey, Float64Array>>> {
  const rows: Record<string, unknown>[] = await inPeriod()
    .select((eb: Eb) => key(eb).as('group_key'))
    .select(['response_elapsed_ms', 'onsite_elapsed_ms', 'resolution_elapsed_ms'])
    .execute();
  const lists = new Map<string, Record<TimerKey, number[]>>();
  for (const row of rows) {
    const k = keyOf(row.group_key);
    let list = lists.get(k);
    if (!list) lists.set(k, (list = { response: [], onSite: [], resolution: [] }));
    for (const timer of TIMER_KEYS) {
      const value = row[`${TIMER_PREFIXES[timer]}_elapsed_ms`];
      if (value !== null && value !== undefined) list[timer].push(Number(value));
    }
  }
  const sorted = new Map<string, Record<TimerKey, Float64Array>>();
  for (const [k, list] of lists) {
    sorted.set(k, {
      response: Float64Array.from(list.response).sort(),
      onSite: Float64Array.from(list.onSite).sort(),
      resolution: Float64Array.from(list.resolution).sort(),
    });
  }
  return sorted;
}

async function policyVersions(
  inPeriod: InPeriod,
  key: (eb: Eb) => AliasableExpression<unknown>,
  groupBy: GroupBy | null,
): Promise<Map<string, PolicyVersionCount[]>> {
  let query = inPeriod()
    .select((eb: Eb) => [key(eb).as('group_key'), eb.fn.countAll().as('tickets')])
    .select(['contract_id', 'policy_version'])
    .groupBy(['contract_id', 'policy_version']);
  if (groupBy !== null) query = query.groupBy(key);
  const rows: Record<string, unknown>[] = await query.execute();
  const versions = new Map<string, PolicyVersionCount[]>();
  for (const row of rows) {
    const k = keyOf(row.group_key);
    const list = versions.get(k) ?? [];
    list.push({
      contractId: String(row.contract_id),
      version: Number(row.policy_version),
      tickets: Number(row.tickets),
    });
    versions.set(k, list);
  }
  return versions;
}

function emptyDurations(): Record<TimerKey, Float64Array> {
  return { response: new Float64Array(), onSite: new Float64Array(), resolution: new Float64Array() };
}

function mergeDurations(all: Record<TimerKey, Float64Array>[]): Record<TimerKey, Float64Array> {
  const merged = emptyDurations();
  for (const timer of TIMER_KEYS) {
    const parts = all.map((d) => d[timer]);
    const joined = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    merged[timer] = joined.sort();
  }
  return merged;
}

function mergeVersions(all: PolicyVersionCount[][]): PolicyVersionCount[] {
  const byKey = new Map<string, PolicyVersionCount>();
  for (const v of all.flat()) {
    const k = `${v.contractId}|${v.version}`;
    const seen = byKey.get(k);
    if (seen) seen.tickets += v.tickets;
    else byKey.set(k, { ...v });
  }
  return [...byKey.values()].sort((a, b) =>
    a.contractId === b.contractId ? a.version - b.version : a.contractId < b.contractId ? -1 : 1,
  );
}
