import { DEMO_BACKDATED_MAX_HOURS } from '../../apps/demo/src/demo-client.js';
import { DateTime } from 'luxon';
import type { EventStore } from '#event-store';
import { seedDemo } from '../../apps/demo/src/seed-demo.js';
import { EVENT_STORE } from '../../apps/service-desk/src/event-store/event-store.token.js';
import { ADMIN_ENV, TEST_ADMIN_PASSWORD } from '../support/admin-token.js';
import { api } from '../support/api-client.js';
import { login } from '../support/login.js';
import { startApp, type StartedApp } from '../support/start-app.js';

describe('the demo data', () => {
  let app: StartedApp;
  beforeAll(async () => {
    app = await startApp({ env: { ...ADMIN_ENV, BACKDATED_MAX_HOURS: DEMO_BACKDATED_MAX_HOURS } });
  });
  afterAll(() => app.close());

  it('loads a customer, a contract, staff of every role, tickets in varied states and a year of service plan, and loads nothing twice', async () => {
    const store: EventStore = app.app.get(EVENT_STORE);
    const now = new Date();
    const thisMonth = DateTime.fromJSDate(now, { zone: 'Asia/Shanghai' }).startOf('month');
    const month = (ago: number) => thisMonth.minus({ months: ago }).toFormat('yyyy-LL');
    const first = await seedDemo(app.baseUrl, TEST_ADMIN_PASSWORD, now);
    expect(first.tickets).toBe(36);
    expect(new Set(first.logins.map((l) => l.role))).toEqual(
      new Set(['agent', 'engineer', 'manager', 'headquarters', 'auditor', 'customer']),
    );
    const manager = first.logins.find((l) => l.role === 'manager')!;
    const token = await login(app.baseUrl, manager.username, manager.password);
    const statuses = new Set<string>();
    const warranties = new Set<string>();
    const inspections: { inspectorId: string; recordedBy: string; override?: unknown }[] = [];
    const phases: string[] = [];
    let ticketSurveys = 0;
    for await (const event of store.readAll()) {
      if (event.type === 'FaultReported') {
        const ticket = await api(app.baseUrl, token).get(`/api/tickets/${event.data.ticketId as string}`);
        statuses.add(ticket.body.status);
        warranties.add(event.data.warranty as string);
      } else if (event.type === 'InspectionRecorded') {
        inspections.push(event.data as (typeof inspections)[number]);
      } else if (event.type === 'SatisfactionRecorded') {
        ticketSurveys++;
      } else if (event.type === 'PhaseSurveyRecorded') {
        phases.push(event.data.phase as string);
      }
    }
    expect([...statuses]).toEqual(expect.arrayContaining(['closed', 'responded', 'resolved', 'reported']));
    // Four of the nine ticket scenarios end with a survey, and each runs four times.
    expect(ticketSurveys).toBe(16);
    // Final acceptance twelve months back with a two-year warranty: every demo ticket is in warranty.
    expect([...warranties]).toEqual(['in_warranty']);
    // Ten inspections: nine by the fixed expert, one by engineer-1 recorded by the manager with an override.
    const { expert, manager: managerId, 'engineer-1': standIn } = first.staffIds;
    expect(inspections).toHaveLength(10);
    expect(inspections.filter((i) => i.inspectorId === expert && i.recordedBy === expert)).toHaveLength(9);
    expect(inspections.filter((i) => i.override !== undefined)).toEqual([
      expect.objectContaining({ inspectorId: standIn, recordedBy: managerId }),
    ]);
    expect(first.servicePlan).toEqual({ inspections: 10, revisits: 3, planStartsIn: month(12) });
    expect(first.phaseSurveys).toBe(5);
    expect(phases).toEqual(['installation', 'training', 'trial_run', 'acceptance', 'maintenance']);

    // The scenario, counted by hand from `now` in the hospital's zone: months M-12..M-1 all inspected
    // except M-9 and M-3 (missed); M-6 recorded in the first days of M-5 (late); M (this month) due.
    // Quarters Q-4..Q-1 revisited except Q-3 (missed); this quarter due.
    const quarterStart = thisMonth.startOf('quarter').minus({ quarters: 3 });
    const head = await store.headPosition();
    const report = await api(app.baseUrl, token).get(
      `/api/reports/service-plan?from=${month(12)}&to=${month(0)}&after=${head}`,
    );
    expect(report.status).toBe(200);
    expect(report.body.contracts).toHaveLength(1);
    const [plan] = report.body.contracts;
    expect(plan.planStartsIn).toBe(month(12));
    expect(plan.totals).toEqual({
      inspections: { due: 1, onTime: 9, late: 1, missed: 2 },
      revisits: { due: 1, onTime: 3, late: 0, missed: 1 },
    });
    const inspected = (status: string) =>
      plan.inspections
        .filter((p: { status: string }) => p.status === status)
        .map((p: { period: string }) => p.period);
    expect(inspected('missed')).toEqual([month(9), month(3)]);
    expect(inspected('late')).toEqual([month(6)]);
    expect(inspected('due')).toEqual([month(0)]);
    expect(plan.revisits.find((p: { status: string }) => p.status === 'missed').period).toBe(
      `${quarterStart.year}-Q${quarterStart.quarter}`,
    );

    // The maintenance report of a month hands the customer that month's inspection: M-7 done by the
    // stand-in on the manager's override, M-3 missed.
    const maintenance = (period: string) =>
      api(app.baseUrl, token).get(
        `/api/reports/maintenance?customer=${first.customerId}&period=${period}&after=${head}`,
      );
    const overridden = await maintenance(month(7));
    expect(overridden.status).toBe(200);
    expect(overridden.body.inspections).toEqual([
      expect.objectContaining({
        period: month(7),
        status: 'on_time',
        inspectorId: standIn,
        override: { by: managerId, reason: expect.stringContaining('代为巡检') },
        findings: expect.objectContaining({ runningStatus: '运行正常；扩容后未再出现磁盘告警' }),
      }),
    ]);
    expect((await maintenance(month(3))).body.inspections).toEqual([
      expect.objectContaining({ period: month(3), status: 'missed' }),
    ]);

    await seedDemo(app.baseUrl, TEST_ADMIN_PASSWORD, now, first.logins);
    expect(await store.headPosition()).toBe(head);
  }, 120_000);
});

describe('the demo data, loaded again a month later', () => {
  let app: StartedApp;
  beforeAll(async () => {
    app = await startApp({ env: { ...ADMIN_ENV, BACKDATED_MAX_HOURS: DEMO_BACKDATED_MAX_HOURS } });
  });
  afterAll(() => app.close());

  it('adds the month that has passed and leaves the missed months missed', async () => {
    const now = new Date();
    const thisMonth = DateTime.fromJSDate(now, { zone: 'Asia/Shanghai' }).startOf('month');
    const month = (ago: number) => thisMonth.minus({ months: ago }).toFormat('yyyy-LL');
    const monthBefore = DateTime.fromJSDate(now, { zone: 'Asia/Shanghai' }).minus({ months: 1 }).toJSDate();
    const first = await seedDemo(app.baseUrl, TEST_ADMIN_PASSWORD, monthBefore);
    const second = await seedDemo(app.baseUrl, TEST_ADMIN_PASSWORD, now, first.logins);

    // A month ago the demo was loaded for M-13..M-2 (acceptance in M-13; M-10 and M-4 missed, M-7
    // late); today's run adds M-1 only, so the missed months stay those of the first run.
    expect(second.servicePlan.planStartsIn).toBe(month(13));
    const manager = first.logins.find((l) => l.role === 'manager')!;
    const token = await login(app.baseUrl, manager.username, manager.password);
    const store: EventStore = app.app.get(EVENT_STORE);
    const report = await api(app.baseUrl, token).get(
      `/api/reports/service-plan?from=${month(12)}&to=${month(0)}&after=${await store.headPosition()}`,
    );
    const [plan] = report.body.contracts;
    const inspected = (status: string) =>
      plan.inspections
        .filter((p: { status: string }) => p.status === status)
        .map((p: { period: string }) => p.period);
    expect(inspected('missed')).toEqual([month(10), month(4)]);
    expect(inspected('late')).toEqual([month(7)]);
    expect(inspected('due')).toEqual([month(0)]);
    expect(plan.totals.inspections).toEqual({ due: 1, onTime: 9, late: 1, missed: 2 });
  }, 120_000);
});
