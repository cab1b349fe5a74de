import { WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import { adminToken } from '../../support/admin-token.js';
import type { ApiClient } from '../../support/api-client.js';
import { faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';
import { csvRecords } from './parse-csv.js';

/*
 * A small day of service, every time given explicitly, on two contracts with the default policy
 * (every severity: respond PT30M, on site PT1H from the dispatch, resolve PT12H; 24x7). Times are
 * Asia/Shanghai (+08:00) on 2026-11-10 unless said otherwise.
 *
 * Customer A (contract A):
 *   T1 sev 1   reported 09:00, responded 09:10 (10 min, met), resolved 11:00 (120 min, met),
 *              confirmed 12:00, survey 12:10 (overall 4, engineerAttitude 5, responseTime 3), closed 12:30.
 *   T2 sev 1   reported 10:00, responded 10:45 (45 min: breached by 15 min), dispatched 11:00,
 *              arrived 11:40 (40 min, met), resolved 14:00 (240 min, met). Left awaiting confirmation.
 *   T3 complaint, sev 1 changed to 3 at 10:05 (same default targets), reported 10:00, responded 10:20
 *              (20 min, met), escalated by hand (level 1, complaint) 10:30, resolved 12:00, the customer
 *              rejects at 13:00 (reopen; the resolution timer resumes from the report time), resolved
 *              again 15:00 (300 min < 720, met), confirmed 16:00.
 *   T6 sev 1   reported 2026-11-11 00:30 (+08:00) = 2026-11-10 16:30Z: outside the Shanghai day,
 *              inside the UTC day; responded 00:40 (10 min), resolved 01:00 (30 min).
 * Customer B (contract B):
 *   T4 sev 2   reported 20:00, responded 20:20 by engineer 2 (20 min, met), resolved 2026-11-11 09:00
 *              (780 min: breached by 60 min). Left awaiting confirmation.
 *   T5 sev 4   reported 15:00, closed by a manager at 15:10 as a duplicate: timers frozen, never judged.
 *   T7 sev 1   reported 25 minutes before the test runs, nothing else: open, response at risk
 *              (80% of 30 min = 24 min passed, not yet 30).
 * The day is entered weeks later: the customer's confirmations, rejection and survey are typed in by
 * the duty agent (a customer contact may date its own answers only 15 minutes back).
 */
type SlaGroupBody = { distributions: Record<string, { count: number }[]> };

const DAY = '2026-11-10';
const t = (hhmm: string, day = DAY) => `${day}T${hhmm}:00+08:00`;
const MIN = 60_000;
const fix = (cause: string) => ({
  cause,
  measures: 'restarted the service',
  resolution: 'works again',
  category: 'software',
});

describe('SLA, backlog and maintenance reports over a hand-computed day', () => {
  let desk: TicketDesk;
  let after = '0';
  let customerA: string;
  const ids: Record<string, string> = {};

  async function step(client: ApiClient, path: string, body: object): Promise<void> {
    const answer = await client.post(path, body);
    expect({ path, status: answer.status, body: answer.status >= 300 ? answer.body : undefined }).toEqual({
      path,
      status: path === '/api/tickets' ? 201 : 200,
      body: undefined,
    });
    after = answer.body.position;
  }
  async function newTicket(name: string, contractId: string, over: Record<string, unknown>) {
    const answer = await desk.agent.post('/api/tickets', faultReport(contractId, over));
    expect(answer.status).toBe(201);
    ids[name] = answer.body.id;
    after = answer.body.position;
    return `/api/tickets/${answer.body.id}`;
  }

  beforeAll(async () => {
    desk = await startTicketDesk({ env: WITHOUT_SLA_WATCHMAN });
    const { engineer, engineer2, manager, customerA: custA } = desk;
    const me = await custA.get('/api/auth/me');
    customerA = me.body?.customerId;

    const t1 = await newTicket('T1', desk.contractA, { reportedAt: t('09:00') });
    await step(engineer, `${t1}/responses`, { mode: 'remote', occurredAt: t('09:10') });
    await step(engineer, `${t1}/resolution`, { ...fix('full disk'), occurredAt: t('11:00') });
    await step(desk.agent, `${t1}/confirmation`, { confirmed: true, occurredAt: t('12:00') });
    await step(desk.agent, `${t1}/survey`, {
      scores: { overall: 4, engineerAttitude: 5, responseTime: 3 },
      respondent: 'Head nurse (fictional)',
      occurredAt: t('12:10'),
    });
    await step(desk.agent, `${t1}/close`, { occurredAt: t('12:30') });

    const t2 = await newTicket('T2', desk.contractA, { reportedAt: t('10:00') });
    await step(engineer, `${t2}/responses`, { mode: 'guided', occurredAt: t('10:45') });
    await step(engineer, `${t2}/dispatches`, {
      engineers: [engineer.id],
      reason: 'server room',
      occurredAt: t('11:00'),
    });
    await step(engineer, `${t2}/arrivals`, { occurredAt: t('11:40') });
    await step(engineer, `${t2}/resolution`, { ...fix('bad RAID cable'), occurredAt: t('14:00') });

    const t3 = await newTicket('T3', desk.contractA, {
      reportedAt: t('10:00'),
      kind: 'complaint',
      description: '工程师未按时回电 (the engineer did not call back)',
    });
    await step(manager, `${t3}/severity`, {
      severity: 3,
      reason: 'only one ward affected',
      occurredAt: t('10:05'),
    });
    await step(engineer, `${t3}/responses`, { mode: 'guided', occurredAt: t('10:20') });
    await step(desk.agent, `${t3}/escalations`, {
      level: 1,
      reason: 'complaint',
      note: 'complaint',
      occurredAt: t('10:30'),
    });
    await step(engineer, `${t3}/resolution`, { ...fix('wrong callback number'), occurredAt: t('12:00') });
    await step(desk.agent, `${t3}/confirmation`, {
      confirmed: false,
      note: 'still no call',
      occurredAt: t('13:00'),
    });
    await step(engineer, `${t3}/resolution`, { ...fix('callback list corrected'), occurredAt: t('15:00') });
    await step(desk.agent, `${t3}/confirmation`, { confirmed: true, occurredAt: t('16:00') });

    const t6 = await newTicket('T6', desk.contractA, { reportedAt: t('00:30', '2026-11-11') });
    await step(engineer, `${t6}/responses`, { mode: 'remote', occurredAt: t('00:40', '2026-11-11') });
    await step(engineer, `${t6}/resolution`, {
      ...fix('expired certificate'),
      occurredAt: t('01:00', '2026-11-11'),
    });

    const t4 = await newTicket('T4', desk.contractB, { reportedAt: t('20:00'), severity: 2 });
    await step(engineer2, `${t4}/responses`, { mode: 'remote', occurredAt: t('20:20') });
    await step(engineer2, `${t4}/resolution`, {
      ...fix('index rebuilt'),
      occurredAt: t('09:00', '2026-11-11'),
    });

    const t5 = await newTicket('T5', desk.contractB, { reportedAt: t('15:00'), severity: 4 });
    await step(manager, `${t5}/close`, { reason: 'duplicate of another report', occurredAt: t('15:10') });

    await newTicket('T7', desk.contractB, { reportedAt: new Date(Date.now() - 25 * MIN).toISOString() });
  }, 120_000);
  afterAll(() => desk?.close());

  /** The raw bytes of a CSV answer (fetch's text() would drop the BOM), checked and decoded. */
  async function csvText(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${desk.app.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${await adminToken(desk.app)}`, ...headers },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder('utf-8').decode(bytes);
  }

  const sla = (query: string, client: ApiClient = desk.manager, headers?: Record<string, string>) =>
    client.get(`/api/reports/sla?${query}&after=${after}`, headers);

  it('per customer: every figure of the Shanghai day 2026-11-10', async () => {
    const answer = await sla('from=2026-11-10&to=2026-11-11&groupBy=customer');
    expect(answer.status).toBe(200);
    const { groups, total, period } = answer.body;
    expect(period).toMatchObject({
      from: '2026-11-10T00:00:00.000+08:00',
      to: '2026-11-11T00:00:00.000+08:00',
      timeZone: 'Asia/Shanghai',
    });
    expect(groups.map((g: { label: string }) => g.label).sort()).toEqual([
      'Example County Hospital (fictional)',
      'Sample City Clinic (fictional)',
    ]);
    const a = groups.find((g: { label: string }) => g.label.startsWith('Example'));
    const b = groups.find((g: { label: string }) => g.label.startsWith('Sample'));

    // A: T1, T2, T3 (T6 was reported on the 11th in Shanghai).
    expect(a.tickets).toBe(3);
    // response: T1 10 met, T2 45 breached, T3 20 met → 2 of 3
    expect(a.withinTarget.response).toEqual({ met: 2, judged: 3, share: 2 / 3 });
    expect(a.withinTarget.onSite).toEqual({ met: 1, judged: 1, share: 1 });
    expect(a.withinTarget.resolution).toEqual({ met: 3, judged: 3, share: 1 });
    expect(a.breaches).toEqual({
      tickets: 1,
      response: { count: 1, totalOverrunMs: 15 * MIN, maxOverrunMs: 15 * MIN },
      onSite: { count: 0, totalOverrunMs: 0, maxOverrunMs: null },
      resolution: { count: 0, totalOverrunMs: 0, maxOverrunMs: null },
    });
    // response [10, 20, 45]: mean 75/3 = 25, median 20, p90 = rank ceil(2.7) = 3rd = 45
    expect(a.durations.response).toEqual({ count: 3, meanMs: 25 * MIN, medianMs: 20 * MIN, p90Ms: 45 * MIN });
    expect(a.durations.onSite).toEqual({ count: 1, meanMs: 40 * MIN, medianMs: 40 * MIN, p90Ms: 40 * MIN });
    // resolution [120, 240, 300 (T3: 10:00 → 15:00 after the reopen)]: mean 660/3 = 220, median 240, p90 300
    expect(a.durations.resolution).toEqual({
      count: 3,
      meanMs: 220 * MIN,
      medianMs: 240 * MIN,
      p90Ms: 300 * MIN,
    });
    expect(a.escalations.total).toBe(1);
    expect(a.escalations.byReason.complaint).toEqual({ automatic: 0, manual: 1 });
    expect(a.escalations.byReason.response_overdue).toEqual({ automatic: 0, manual: 0 });
    expect(a.reopened).toBe(1);
    expect(a.reopenRate).toBeCloseTo(1 / 3, 10);
    expect(a.complaints).toBe(1);
    expect(a.satisfaction.surveys).toBe(1);
    expect(a.satisfaction.overall).toBe(4);
    expect(a.satisfaction.items).toMatchObject({
      overall: 4,
      engineerAttitude: 5,
      responseTime: 3,
      productFunction: null,
    });
    expect(a.policyVersions).toEqual([{ contractId: desk.contractA, version: 1 }]);

    // B: T4, T5 (T5 closed before any response: frozen, not judged; T7 is not in the day).
    expect(b.tickets).toBe(2);
    expect(b.withinTarget.response).toEqual({ met: 1, judged: 1, share: 1 });
    expect(b.withinTarget.onSite).toEqual({ met: 0, judged: 0, share: null });
    // T4 resolved after 13 h against 12 h: breached by 60 min
    expect(b.withinTarget.resolution).toEqual({ met: 0, judged: 1, share: 0 });
    expect(b.breaches.resolution).toEqual({ count: 1, totalOverrunMs: 60 * MIN, maxOverrunMs: 60 * MIN });
    expect(b.breaches.tickets).toBe(1);
    expect(b.durations.resolution).toEqual({
      count: 1,
      meanMs: 780 * MIN,
      medianMs: 780 * MIN,
      p90Ms: 780 * MIN,
    });
    expect(b.reopenRate).toBe(0);
    expect(b.complaints).toBe(0);
    expect(b.satisfaction).toMatchObject({ surveys: 0, overall: null });
    expect(b.policyVersions).toEqual([{ contractId: desk.contractB, version: 1 }]);

    // Total of the five: response [10, 20, 20, 45]: mean 95/4 = 23.75, median (20+20)/2 = 20, p90 rank 4 = 45
    expect(total.tickets).toBe(5);
    expect(total.withinTarget.response).toEqual({ met: 3, judged: 4, share: 0.75 });
    expect(total.durations.response).toEqual({
      count: 4,
      meanMs: 23.75 * MIN,
      medianMs: 20 * MIN,
      p90Ms: 45 * MIN,
    });
    // resolution [120, 240, 300, 780]: mean 1440/4 = 360, median (240+300)/2 = 270, p90 rank ceil(3.6) = 4th = 780
    expect(total.durations.resolution).toEqual({
      count: 4,
      meanMs: 360 * MIN,
      medianMs: 270 * MIN,
      p90Ms: 780 * MIN,
    });
    expect(total.withinTarget.resolution).toEqual({ met: 3, judged: 4, share: 0.75 });
    expect(total.breaches.tickets).toBe(2);
    // The same durations as bars. Response [10, 20, 20, 45] over ≤10, ≤20, ≤30, ≤45, ≤60, ≤120, ≤240, >240 min;
    // a duration on an edge is in the bar below it (10 is "within 10 min").
    const counts = (bins: { count: number }[]) => bins.map((b) => b.count);
    expect(counts(total.distributions.response)).toEqual([1, 2, 0, 1, 0, 0, 0, 0]);
    // On site [40] over ≤15, ≤30, ≤45, ≤60, ≤90, ≤120, ≤240, >240 min.
    expect(counts(total.distributions.onSite)).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
    // Resolution [2 h, 4 h, 5 h, 13 h] over ≤1, ≤2, ≤4, ≤8, ≤12, ≤24, ≤48, >48 h: T4's 13 h lies past the 12 h promise.
    expect(counts(total.distributions.resolution)).toEqual([0, 1, 1, 1, 0, 1, 0, 0]);
    expect(total.distributions.resolution[4]).toEqual({
      fromMs: 8 * 60 * MIN,
      toMs: 12 * 60 * MIN,
      count: 0,
    });
    expect(total.distributions.resolution[7]).toEqual({ fromMs: 48 * 60 * MIN, toMs: null, count: 0 });
    expect(counts(a.distributions.resolution)).toEqual([0, 1, 1, 1, 0, 0, 0, 0]);
    expect(counts(b.distributions.resolution)).toEqual([0, 0, 0, 0, 0, 1, 0, 0]);
    expect(total.reopenRate).toBe(1 / 5);
    expect(total.complaints).toBe(1);
  });

  it('per severity: the severity in force now (T3 was changed from 1 to 3)', async () => {
    const answer = await sla('from=2026-11-10&to=2026-11-11&groupBy=severity');
    expect(answer.status).toBe(200);
    const bySeverity = Object.fromEntries(
      answer.body.groups.map((g: { key: string; tickets: number; complaints: number }) => [
        g.key,
        [g.tickets, g.complaints],
      ]),
    );
    // 1: T1, T2; 2: T4; 3: T3 (the complaint); 4: T5
    expect(bySeverity).toEqual({ '1': [2, 0], '2': [1, 0], '3': [1, 1], '4': [1, 0] });
  });

  it('per engineer (the one who holds the ticket), warranty and month', async () => {
    const count = async (query: string) => {
      const answer = await sla(query);
      expect(answer.status).toBe(200);
      return Object.fromEntries(
        answer.body.groups.map((g: { key: string; label: string; tickets: number }) => [
          g.key,
          [g.label, g.tickets],
        ]),
      );
    };
    // T1, T2, T3 responded by engineer 1; T4 by engineer 2; T5 never had an engineer
    const byEngineer = await count('from=2026-11-10&to=2026-11-11&groupBy=engineer');
    expect(Object.keys(byEngineer).sort()).toEqual(
      [desk.engineer.id, desk.engineer2.id, 'unassigned'].sort(),
    );
    expect(byEngineer[desk.engineer.id][1]).toBe(3);
    expect(byEngineer[desk.engineer2.id][1]).toBe(1);
    expect(byEngineer.unassigned).toEqual(['no engineer yet', 1]);
    // both contracts were accepted on 2026-01-15 with 12 months of warranty
    expect(await count('from=2026-11-10&to=2026-11-11&groupBy=warranty')).toEqual({
      in_warranty: ['in warranty (质保期内)', 5],
    });
    // October has none; November (to the 20th) has T1..T6
    expect(await count('from=2026-10-01&to=2026-11-20&groupBy=month')).toEqual({ '2026-11': ['2026-11', 6] });
  });

  it('the day is read in the time zone asked for: in UTC it holds T6 (16:30Z) and not T4 (12:00Z is in, 20:00+08 = 12:00Z)', async () => {
    // UTC day 2026-11-10: T1 01:00Z, T2 02:00Z, T3 02:00Z, T5 07:00Z, T4 12:00Z, T6 16:30Z → all six.
    const answer = await sla('from=2026-11-10&to=2026-11-11&tz=UTC');
    expect(answer.status).toBe(200);
    expect(answer.body.total.tickets).toBe(6);
    expect(answer.body.period.from).toBe('2026-11-10T00:00:00.000Z');
    const byInstant = await sla(
      `from=${encodeURIComponent('2026-11-10T16:00:00Z')}&to=${encodeURIComponent('2026-11-10T17:00:00Z')}`,
    );
    expect(byInstant.body.total.tickets).toBe(1); // T6 only
  });

  it("every grouping splits the total's histogram bar by bar: the groups' bars add up to the total's", async () => {
    for (const groupBy of ['customer', 'contract', 'severity', 'engineer', 'warranty', 'month']) {
      const { body } = await sla(`from=2026-11-01&to=2026-12-01&groupBy=${groupBy}`);
      for (const timer of ['response', 'onSite', 'resolution']) {
        const summed = body.total.distributions[timer].map((_: unknown, i: number) =>
          body.groups.reduce((n: number, g: SlaGroupBody) => n + g.distributions[timer][i].count, 0),
        );
        expect({ groupBy, timer, bars: summed }).toEqual({
          groupBy,
          timer,
          bars: body.total.distributions[timer].map((b: { count: number }) => b.count),
        });
        expect(
          body.total.distributions[timer].reduce((n: number, b: { count: number }) => n + b.count, 0),
        ).toBe(body.total.durations[timer].count);
      }
    }
  });

  it('CSV: a BOM, a header row, one row per group and the total, the same figures as the JSON', async () => {
    const json = await sla('from=2026-11-10&to=2026-11-11&groupBy=customer');
    const text = await csvText('/api/reports/sla?from=2026-11-10&to=2026-11-11&groupBy=customer', {
      accept: 'text/csv',
    });
    const records = csvRecords(text);
    expect(records).toHaveLength(3);
    for (const g of [...json.body.groups, { ...json.body.total, key: 'total' }]) {
      const r = records.find((x) => x.group === g.key)!;
      expect(Number(r.tickets)).toBe(g.tickets);
      expect(Number(r.response_met)).toBe(g.withinTarget.response.met);
      expect(Number(r.response_within_target_share)).toBeCloseTo(g.withinTarget.response.share, 4);
      expect(Number(r.response_median_min)).toBe(g.durations.response.medianMs / MIN);
      expect(Number(r.resolution_overrun_total_min)).toBe(g.breaches.resolution.totalOverrunMs / MIN);
      expect(Number(r.complaints)).toBe(g.complaints);
    }
    expect(records.find((x) => x.group === 'total')!.response_p90_min).toBe('45');
    // The histogram's bars as columns: of the total's four resolutions, one within (1 h, 2 h], none within (8 h, 12 h], one within (12 h, 24 h].
    const totalRow = records.find((x) => x.group === 'total')!;
    expect([totalRow.resolution_le_2h, totalRow.resolution_le_12h, totalRow.resolution_le_24h]).toEqual([
      '1',
      '0',
      '1',
    ]);
    expect(totalRow.response_le_10min).toBe('1');
    expect(totalRow.resolution_gt_48h).toBe('0');
    const viaQuery = await csvText(
      '/api/reports/sla?from=2026-11-10&to=2026-11-11&groupBy=customer&format=csv',
    );
    expect(viaQuery).toBe(text);
    expect(text).toContain('Example County Hospital (fictional)');
  });

  it('the backlog now: open tickets by status, age and engineer, at risk and breached', async () => {
    const answer = await desk.manager.get(`/api/reports/backlog?after=${after}`);
    expect(answer.status).toBe(200);
    // open: T2 (resolved, response breached), T3 (confirmed), T4 (resolved, resolution breached),
    // T6 (resolved), T7 (reported 25 min ago: response at risk). T1 and T5 are closed.
    expect(answer.body.total).toEqual({ open: 5, atRisk: 1, breached: 2 });
    const status = Object.fromEntries(
      answer.body.byStatus.map((s: { status: string; open: number }) => [s.status, s.open]),
    );
    expect(status).toEqual({ resolved: 3, confirmed: 1, reported: 1 });
    const age = Object.fromEntries(
      answer.body.byAge.map((a: { age: string; open: number }) => [a.age, a.open]),
    );
    expect(age).toEqual({ '<4h': 1, '4-12h': 0, '12-24h': 0, '1-3d': 0, '>3d': 4 });
    const engineer = Object.fromEntries(
      answer.body.byEngineer.map(
        (e: { engineerId: string | null; open: number; breached: number; atRisk: number }) => [
          e.engineerId ?? 'nobody',
          [e.open, e.breached, e.atRisk],
        ],
      ),
    );
    expect(engineer).toEqual({
      [desk.engineer.id]: [3, 1, 0],
      [desk.engineer2.id]: [1, 1, 0],
      nobody: [1, 0, 1],
    });

    const records = csvRecords(await csvText('/api/reports/backlog?format=csv'));
    expect(records.find((r) => r.dimension === 'total')).toMatchObject({
      open: '5',
      at_risk: '1',
      breached: '2',
    });
    expect(records.find((r) => r.dimension === 'age' && r.key === '>3d')).toMatchObject({ open: '4' });
  });

  it("a customer's monthly maintenance report: tickets with cause and fix, SLA, escalations, surveys", async () => {
    const answer = await desk.customerA.get(
      `/api/reports/maintenance?customer=${customerA}&period=2026-11&after=${after}`,
    );
    expect(answer.status).toBe(200);
    const r = answer.body;
    expect(r).toMatchObject({
      kind: 'monthly',
      customer: { id: customerA, name: 'Example County Hospital (fictional)' },
    });
    // November in Shanghai: T1, T2, T3 (10th) and T6 (11th), in report order
    expect(r.tickets.map((x: { ticketId: string }) => x.ticketId)).toEqual(
      expect.arrayContaining([ids.T1, ids.T2, ids.T3, ids.T6]),
    );
    expect(r.tickets).toHaveLength(4);
    const t3 = r.tickets.find((x: { ticketId: string }) => x.ticketId === ids.T3);
    expect(t3).toMatchObject({
      cause: 'callback list corrected',
      kind: 'complaint',
      severity: 3,
      reopened: 1,
      escalations: 1,
    });
    expect(t3.sla).toEqual({ response: 'met', onSite: 'not_started', resolution: 'met' });
    // response: T1 10, T2 45 (breached), T3 20, T6 10 → 3 of 4
    expect(r.sla.tickets).toBe(4);
    expect(r.sla.withinTarget.response).toEqual({ met: 3, judged: 4, share: 0.75 });
    expect(r.escalations).toEqual([
      expect.objectContaining({ level: 1, reason: 'complaint', automatic: false }),
    ]);
    expect(r.surveys).toEqual([
      expect.objectContaining({ scores: { overall: 4, engineerAttitude: 5, responseTime: 3 } }),
    ]);
    // contract A (accepted 2026-01-15) has nothing recorded: November's inspection and Q4's revisit, not done
    expect(r.inspections.map((p: { period: string }) => p.period)).toEqual(['2026-11']);
    expect(r.inspections.every((p: { doneAt?: string }) => p.doneAt === undefined)).toBe(true);
    expect(r.revisits.map((p: { period: string }) => p.period)).toEqual(['2026-Q4']);
    expect(r.phaseSurveys).toEqual([]);
    expect(r.satisfaction.tickets).toMatchObject({
      surveys: 1,
      items: { overall: 4, engineerAttitude: 5, responseTime: 3, trainingEffect: null },
    });

    const records = csvRecords(
      await csvText(`/api/reports/maintenance?customer=${customerA}&period=2026-Q4&format=csv`),
    );
    expect(records.filter((x) => x.section === 'ticket')).toHaveLength(4);
    expect(records.filter((x) => x.section === 'inspection')).toHaveLength(3);
    expect(records.find((x) => x.cause === 'bad RAID cable')).toMatchObject({
      response: 'breached',
      on_site: 'met',
    });
  });

  it('a customer contact reads only its own organisation; other roles as the matrix says', async () => {
    const other = await desk.customerB.get(`/api/reports/maintenance?customer=${customerA}&period=2026-11`);
    expect(other.status).toBe(403);
    expect((await desk.customerA.get('/api/reports/sla?period=2026-11')).status).toBe(403);
    expect((await desk.engineer.get('/api/reports/backlog')).status).toBe(403);
    expect((await desk.auditor.get('/api/reports/sla?period=2026-11')).status).toBe(200);
    expect((await desk.admin.get('/api/reports/backlog')).status).toBe(200);
    const unknown = await desk.manager.get(
      '/api/reports/maintenance?customer=00000000-0000-4000-8000-000000000000&period=2026-11',
    );
    expect(unknown.status).toBe(404);
  });

  it.each([
    ['from=2026-11-10&to=2026-11-09', 'to'],
    ['from=2026-11-10&to=2026-11-11&groupBy=hospital', 'groupBy'],
    ['from=2026-11-10&to=2026-11-11&tz=Mars/Olympus', 'tz'],
    ['from=yesterday&to=2026-11-11', 'from'],
    ['to=2026-11-11', 'from'],
    ['period=2026-13', 'period'],
    ['period=2026-11&format=xlsx', 'format'],
  ])('GET /api/reports/sla?%s is 400 naming %s', async (query, field) => {
    const answer = await desk.manager.get(`/api/reports/sla?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    ['period=2026-11', 'customer'],
    ['customer=CUSTOMER&period=2026-13', 'period'],
    ['customer=CUSTOMER&period=2026', 'period'],
  ])('GET /api/reports/maintenance?%s is 400 naming %s', async (query, field) => {
    const answer = await desk.manager.get(`/api/reports/maintenance?${query.replace('CUSTOMER', customerA)}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
