import { zonedIso } from '#domain';
import type { Kysely } from 'kysely';
import { TIMER_PREFIXES, type SlaFactsDb } from '#projections';
import { timerStatuses } from './timer-status.js';

/** Age of an open ticket since its report: upper bounds in hours, the last bucket open-ended. */
export const AGE_BUCKETS = [
  { key: '<4h', upToHours: 4 },
  { key: '4-12h', upToHours: 12 },
  { key: '12-24h', upToHours: 24 },
  { key: '1-3d', upToHours: 72 },
  { key: '>3d', upToHours: Infinity },
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]['key'];

export interface BacklogCounts {
  open: number;
  /** Open tickets with a timer at risk now (and none breached). */
  atRisk: number;
  /** Open tickets with at least one timer breached (by the events, or running past due now). */
  breached: number;
}

export interface BacklogReport {
  asOf: string;
  timeZone: string;
  total: BacklogCounts;
  byStatus: ({ status: string } & BacklogCounts)[];
  byAge: ({ age: AgeBucket } & BacklogCounts)[];
  /** By the engineer who holds the ticket (assignee); `engineerId` null: nobody yet. */
  byEngineer: ({ engineerId: string | null; engineer: string } & BacklogCounts)[];
}

/** The columns timerStatus reads. */
const STATUS_COLUMNS = Object.values(TIMER_PREFIXES).flatMap(
  (p) =>
    [
      `${p}_started_at`,
      `${p}_breached_at`,
      `${p}_completed_at`,
      `${p}_frozen`,
      `${p}_due_at`,
      `${p}_at_risk_at`,
    ] as const,
);

const zero = (): BacklogCounts => ({ open: 0, atRisk: 0, breached: 0 });

/** The open tickets (not closed) at `nowMs`, found by the (open, reported_at) index. */
export async function backlogReport(
  db: Kysely<SlaFactsDb>,
  nowMs: number,
  timeZone: string,
): Promise<BacklogReport> {
  const rows = await db
    .selectFrom('sla_facts')
    .select(['status', 'engineer_id', 'reported_at', ...STATUS_COLUMNS])
    .where('open', '=', 1)
    .execute();
  const total = zero();
  const byStatus = new Map<string, BacklogCounts>();
  const byAge = new Map<AgeBucket, BacklogCounts>(AGE_BUCKETS.map((b) => [b.key, zero()]));
  const byEngineer = new Map<string | null, BacklogCounts>();
  for (const row of rows) {
    const states = Object.values(timerStatuses(row, nowMs));
    const breached = states.includes('breached');
    const atRisk = !breached && states.includes('at_risk');
    const ageHours = (nowMs - Number(row.reported_at)) / 3_600_000;
    const age = AGE_BUCKETS.find((b) => ageHours < b.upToHours)!.key;
    const counts = [
      total,
      getOr(byStatus, row.status, zero),
      byAge.get(age)!,
      getOr(byEngineer, row.engineer_id, zero),
    ];
    for (const c of counts) {
      c.open += 1;
      if (atRisk) c.atRisk += 1;
      if (breached) c.breached += 1;
    }
  }
  const names = await engineerNames(db, [...byEngineer.keys()]);
  return {
    asOf: zonedIso(nowMs, timeZone),
    timeZone,
    total,
    byStatus: [...byStatus].sort(([a], [b]) => a.localeCompare(b)).map(([status, c]) => ({ status, ...c })),
    byAge: AGE_BUCKETS.map((b) => ({ age: b.key, ...byAge.get(b.key)! })),
    byEngineer: [...byEngineer]
      .sort(([, a], [, b]) => b.open - a.open)
      .map(([engineerId, c]) => ({
        engineerId,
        engineer: engineerId === null ? 'nobody yet' : (names.get(engineerId) ?? engineerId),
        ...c,
      })),
  };
}

function getOr<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

async function engineerNames(db: Kysely<SlaFactsDb>, ids: (string | null)[]): Promise<Map<string, string>> {
  const known = ids.filter((id): id is string => id !== null);
  if (known.length === 0) return new Map();
  const rows = await db
    .selectFrom('sla_names')
    .select(['id', 'name'])
    .where('kind', '=', 'staff')
    .where('id', 'in', known)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
