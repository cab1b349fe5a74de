import { sql, type AliasableExpression, type Expression, type Kysely, type SqlBool } from 'kysely';
import { workingTime, type SlaCalendar, type WorkingTime, zonedIso } from '#domain';
import { TIMER_PREFIXES, type SlaFactsDb, type TimerPrefix } from '#projections';
import {
  addBreaches,
  addEscalations,
  addMain,
  addScores,
  addSums,
  breachColumns,
  breachedByEvents,
  emptySums,
  escalationColumns,
  maxOf,
  mainColumns,
  runningBreached,
  scoreColumns,
  TIMER_KEYS,
  type Eb,
  type SlaSums,
} from './sla-aggregates.js';
import { phaseSatisfaction } from './phase-satisfaction.js';
import { slaFigures } from './sla-figures.js';
import { groupLabels } from './group-labels.js';
import { monthsOf, type ReportPeriod } from './report-period.js';
import { mergeSorted, sortedDurations } from './sorted-durations.js';
import type { GroupBy, PolicyVersion, SlaReport, TimerKey } from './sla-report.types.js';

export interface SlaReportRequest {
  period: ReportPeriod;
  groupBy: GroupBy | null;
  /** Still-running timers are judged at this instant (now). */
  asOfMs: number;
  /** Only this customer's tickets (the maintenance report). */
  customerId?: string;
}

const NO_GROUP = 'all';
export const UNASSIGNED = 'unassigned';
type Durations = Record<TimerKey, Float64Array>;
type Key = (eb: Eb) => AliasableExpression<unknown>;

/**
 * The SLA report over the tickets reported in the period, from sla_facts (one row per ticket,
 * stored in report-time order, so the period is one range read): counts, sums and maxima in SQL
 * in a few narrow passes (see sla-aggregates.ts); medians and 90th percentiles from the sorted
 * completed durations. Timers still running past their due instant are breached at asOf, their
 * overrun the counted time since the start minus the target (the working-time calendar of the
 * ticket's policy). Each ticket is judged by the policy its FaultReported carries (the projection
 * reads the SLA clock with that snapshot); the report lists the versions seen.
 */
export async function slaReport(db: Kysely<SlaFactsDb>, request: SlaReportRequest): Promise<SlaReport> {
  const { period, groupBy, asOfMs, customerId } = request;
  const key: Key = (eb) => groupKey(eb, groupBy, period);
  const rows = periodRows(db, period, key, customerId);
  const grouped = <Q extends { groupBy(k: Key): Q }>(q: Q): Q => (groupBy === null ? q : q.groupBy(key));

  const sums = new Map<string, SlaSums>();
  const durations = new Map<string, Durations>();
  const group = (row: Record<string, unknown>) => {
    const k = keyOf(row.group_key);
    let s = sums.get(k);
    if (!s) sums.set(k, (s = emptySums()));
    return s;
  };
  for (const row of await grouped(rows().select(mainColumns)).execute()) {
    const lists = Object.fromEntries(
      TIMER_KEYS.map((t) => [t, sortedDurations((row as Record<string, unknown>)[`${t}_elapsed`])]),
    ) as Durations;
    if (Number(row.tickets) === 0) continue;
    durations.set(keyOf(row.group_key), lists);
    addMain(group(row), row, {
      response: lists.response.length,
      onSite: lists.onSite.length,
      resolution: lists.resolution.length,
    });
  }
  for (const row of await grouped(rows(breachedByEvents).select(breachColumns)).execute())
    addBreaches(group(row), row);
  for (const row of await grouped(
    rows((eb) => eb('escalations', '>', 0)).select(escalationColumns),
  ).execute())
    addEscalations(group(row), row);
  for (const row of await grouped(rows((eb) => eb('surveyed', '=', 1)).select(scoreColumns)).execute())
    addScores(group(row), row);
  await addRunningBreaches(rows, asOfMs, sums);
  const versions = await policyVersions(rows);
  const labels = await groupLabels(db, groupBy, [...sums.keys()]);

  const none = (): Durations => ({
    response: new Float64Array(),
    onSite: new Float64Array(),
    resolution: new Float64Array(),
  });
  const groups = [...sums.entries()]
    .sort(([a], [b]) => compareKeys(a, b, groupBy))
    .map(([k, s]) => ({
      key: k,
      label: labels.get(k) ?? k,
      ...slaFigures(s, durations.get(k) ?? none(), versions.get(k) ?? []),
    }));
  const all = [...durations.values()];
  const total = slaFigures(
    addSums([...sums.values()]),
    Object.fromEntries(TIMER_KEYS.map((t) => [t, mergeSorted(all.map((d) => d[t]))])) as Durations,
    mergeVersions([...versions.values()]),
  );
  return {
    period: {
      from: zonedIso(period.fromMs, period.timeZone),
      to: zonedIso(period.toMs, period.timeZone),
      timeZone: period.timeZone,
      ...(period.name !== undefined && { name: period.name }),
    },
    asOf: zonedIso(asOfMs, period.timeZone),
    groupBy,
    ...(customerId !== undefined && { customerId }),
    total,
    phaseSurveys: await phaseSatisfaction(db, period, customerId),
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

const keyOf = (value: unknown): string =>
  value === null || value === undefined ? UNASSIGNED : String(value);

function compareKeys(a: string, b: string, groupBy: GroupBy | null): number {
  if (groupBy === 'severity') return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

type Where = (eb: Eb) => Expression<SqlBool>;

/** The rows reported in the period (and of the customer), with their group key; `where` narrows them. */
function periodRows(db: Kysely<SlaFactsDb>, period: ReportPeriod, key: Key, customerId?: string) {
  return (where?: Where) => {
    let query = db
      .selectFrom('sla_facts')
      .select((eb) => key(eb).as('group_key'))
      .where('reported_at', '>=', period.fromMs)
      .where('reported_at', '<', period.toMs);
    if (customerId !== undefined) query = query.where('customer_id', '=', customerId);
    if (where) query = query.where(where);
    return query;
  };
}
type PeriodRows = ReturnType<typeof periodRows>;

/** The (contract, policy version) pairs that judged each group's tickets. */
async function policyVersions(rows: PeriodRows): Promise<Map<string, PolicyVersion[]>> {
  const found = await rows().select(['contract_id', 'policy_version']).distinct().execute();
  const versions = new Map<string, PolicyVersion[]>();
  for (const row of found) {
    const k = keyOf(row.group_key);
    versions.set(k, [
      ...(versions.get(k) ?? []),
      { contractId: row.contract_id, version: Number(row.policy_version) },
    ]);
  }
  for (const list of versions.values()) list.sort(compareVersions);
  return versions;
}

function mergeVersions(all: PolicyVersion[][]): PolicyVersion[] {
  const seen = new Map(all.flat().map((v) => [`${v.contractId}|${v.version}`, v]));
  return [...seen.values()].sort(compareVersions);
}

const compareVersions = (a: PolicyVersion, b: PolicyVersion) =>
  a.contractId === b.contractId ? a.version - b.version : a.contractId < b.contractId ? -1 : 1;

/**
 * Timers still running and breached at asOf (past their due instant, or breached by the events
 * while still open) live only on open tickets: found by the (open, reported_at) index, their
 * overrun is the counted time from the start to asOf minus the target in force.
 */
async function addRunningBreaches(
  rows: PeriodRows,
  asOfMs: number,
  sums: Map<string, SlaSums>,
): Promise<void> {
  const timers = Object.entries(TIMER_PREFIXES) as [TimerKey, TimerPrefix][];
  const found = await rows((eb) =>
    eb.and([eb('open', '=', 1), eb.or(timers.map(([, p]) => runningBreached(eb, p, asOfMs)))]),
  )
    .select(['calendar', 'time_zone'])
    .select(timers.flatMap(([, p]) => [`${p}_started_at`, `${p}_target_ms`, `${p}_breached_at`] as const))
    .select((eb) =>
      timers.map(([, p]) =>
        eb
          .case()
          .when(runningBreached(eb, p, asOfMs))
          .then(1)
          .else(0)
          .end()
          .as(`${p}_overdue`),
      ),
    )
    .select((eb) => breachedByEvents(eb).as('breached_by_events'))
    .execute();
  const calendars = new Map<string, WorkingTime>();
  for (const row of found as Record<string, unknown>[]) {
    const calendarKey = `${String(row.calendar)}|${String(row.time_zone)}`;
    let work = calendars.get(calendarKey);
    if (!work) {
      work = workingTime(JSON.parse(String(row.calendar)) as SlaCalendar, String(row.time_zone));
      calendars.set(calendarKey, work);
    }
    const group = sums.get(keyOf(row.group_key));
    if (!group) continue;
    if (!Number(row.breached_by_events)) group.breachedTickets += 1;
    for (const [timer, p] of timers) {
      if (Number(row[`${p}_overdue`]) !== 1) continue;
      const t = group.timers[timer];
      if (row[`${p}_breached_at`] === null) t.breached += 1;
      const overrun = Math.max(
        0,
        work.elapsedMs(Number(row[`${p}_started_at`]), asOfMs) - Number(row[`${p}_target_ms`]),
      );
      t.overrunSum += overrun;
      t.overrunMax = maxOf(t.overrunMax, overrun);
    }
  }
}
