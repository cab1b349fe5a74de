import type { DateTime } from 'luxon';
import type { DemoClient } from './demo-client.js';
import { DEMO_INSPECTIONS, type DemoInspection } from './demo-inspections.js';
import { DEMO_REVISITS } from './demo-revisits.js';
import { demoCalendar, monthLabel, quarterLabel, zonedInstant } from './demo-calendar.js';

export interface ServicePlanDesk {
  expert: DemoClient;
  manager: DemoClient;
  agent: DemoClient;
}

/** Sends one write with the demo's Idempotency-Key for `name`. */
export type DemoPost = (client: DemoClient, path: string, body: unknown, name: string) => Promise<unknown>;

interface PlanRow {
  period: string;
  recordId?: string;
}
interface Plan {
  planStartsIn: string;
  inspections: PlanRow[];
  revisits: PlanRow[];
}

/**
 * A year of the contract's service plan, back-dated from `now`: the monthly inspections of
 * DEMO_INSPECTIONS (by the fixed expert, one late, one by `standInId` on the manager's override)
 * and the quarterly revisits of DEMO_REVISITS. Only periods after the latest one already recorded
 * are sent, so a run a month later adds that month and leaves the missed ones missed; every request
 * carries an Idempotency-Key besides. Answers how many periods have a record, and the month the
 * plan starts in (that of final acceptance).
 */
export async function seedServicePlan(
  desk: ServicePlanDesk,
  post: DemoPost,
  contractId: string,
  standInId: string,
  now: Date,
): Promise<{ inspections: number; revisits: number; planStartsIn: string }> {
  const calendar = demoCalendar(now);
  const nowMs = now.getTime();
  const range = `from=${monthLabel(calendar.month(12))}&to=${monthLabel(calendar.month(0))}`;
  const readPlan = () => desk.manager.get<Plan>(`/api/contracts/${contractId}/service-plan?${range}`);
  const before = await readPlan();
  const latest = (rows: PlanRow[]) =>
    rows.reduce((last, r) => (r.recordId !== undefined && r.period > last ? r.period : last), '');
  const path = (what: string) => `/api/contracts/${contractId}/${what}`;

  const lastInspected = latest(before.inspections);
  for (const inspection of [...DEMO_INSPECTIONS].sort((a, b) => b.monthsAgo - a.monthsAgo)) {
    const month = calendar.month(inspection.monthsAgo);
    const period = monthLabel(month);
    if (inspection.how === 'missed' || period < before.planStartsIn || period <= lastInspected) continue;
    const [client, body] = inspectionRequest(inspection, month, standInId);
    if (Date.parse(body.inspectedAt) > nowMs) continue;
    await post(
      client === 'expert' ? desk.expert : desk.manager,
      path('inspections'),
      body,
      `inspection-${period}`,
    );
  }

  const lastRevisited = latest(before.revisits);
  for (const revisit of [...DEMO_REVISITS].sort((a, b) => b.quartersAgo - a.quartersAgo)) {
    const quarter = calendar.quarter(revisit.quartersAgo);
    const period = quarterLabel(quarter);
    const endsIn = monthLabel(quarter.plus({ months: 2 }));
    if (revisit.how === 'missed' || endsIn < before.planStartsIn || period <= lastRevisited) continue;
    const revisitedAt = quarter.plus({ months: 2 }).set({ day: 18, hour: 15 });
    if (revisitedAt.toMillis() > nowMs) continue;
    await post(
      desk.agent,
      path('revisits'),
      {
        period,
        revisitedAt: zonedInstant(revisitedAt),
        contactName: revisit.contactName,
        answers: revisit.answers,
      },
      `revisit-${period}`,
    );
  }

  const after = await readPlan();
  const recorded = (rows: PlanRow[]) => rows.filter((r) => r.recordId !== undefined).length;
  return {
    inspections: recorded(after.inspections),
    revisits: recorded(after.revisits),
    planStartsIn: after.planStartsIn,
  };
}

function inspectionRequest(
  inspection: Exclude<DemoInspection, { how: 'missed' }>,
  month: DateTime,
  standInId: string,
): ['expert' | 'manager', { inspectedAt: string } & Record<string, unknown>] {
  const findings = inspection.findings;
  switch (inspection.how) {
    case 'on_time':
      return [
        'expert',
        { inspectedAt: zonedInstant(month.set({ day: inspection.day, hour: 10 })), findings },
      ];
    case 'late':
      return [
        'expert',
        {
          period: monthLabel(month),
          inspectedAt: zonedInstant(
            month.plus({ months: 1 }).set({ day: inspection.dayOfNextMonth, hour: 9, minute: 30 }),
          ),
          findings,
        },
      ];
    case 'override':
      return [
        'manager',
        {
          inspectorId: standInId,
          override: { reason: inspection.reason },
          inspectedAt: zonedInstant(month.set({ day: inspection.day, hour: 10 })),
          findings,
        },
      ];
  }
}
