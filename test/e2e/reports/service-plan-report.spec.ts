import { HISTORY_FROM } from '../../support/history.js';
import { ANSWERS, FINDINGS } from '../service-plan/service-plan.fixture.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/**
 * Four contracts, January to March 2026 (all in the past, Asia/Shanghai):
 * - the desk's contracts A and B (accepted 2026-01-15): nothing recorded, so Jan, Feb and Mar
 *   inspections and the Q1 revisit are missed;
 * - X (accepted 2026-01-15): Jan inspected on 20 Jan (on time), Feb inspected on 5 Mar (late),
 *   Mar not inspected (missed); Q1 revisit on 20 Mar (on time);
 * - Y (accepted 2026-03-10): its plan starts in March; Mar inspected on 12 Mar (on time); Q1
 *   revisit missed.
 * Totals: inspections on time 2 (X Jan, Y Mar), late 1 (X Feb), missed 3 + 3 + 1 = 7;
 * revisits on time 1 (X), missed 3 (A, B, Y).
 */
describe('GET /api/reports/service-plan: every contract, per month and quarter', () => {
  let desk: TicketDesk;
  let x: string;
  let y: string;
  let position = '0';

  beforeAll(async () => {
    desk = await startTicketDesk();
    const customerId = (await desk.admin.get(`/api/contracts/${desk.contractA}`)).body.customerId;
    const contract = async (acceptanceDate: string, expert: string) => {
      const created = await desk.admin.post('/api/contracts', {
        customerId,
        product: { name: 'DIP grouping platform', version: '3.2' },
        acceptanceDate,
        timeZone: 'Asia/Shanghai',
        occurredAt: HISTORY_FROM,
        inspectionExpertId: expert,
      });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    x = await contract('2026-01-15', desk.engineer.id);
    y = await contract('2026-03-10', desk.engineer2.id);
    const write = async (response: Promise<{ status: number; body: { position: string } }>) => {
      const answered = await response;
      expect(answered.status).toBe(201);
      position = answered.body.position;
    };
    const inspect = (client: typeof desk.engineer, id: string, period: string, inspectedAt: string) =>
      write(client.post(`/api/contracts/${id}/inspections`, { period, inspectedAt, findings: FINDINGS }));
    await inspect(desk.engineer, x, '2026-01', '2026-01-20T10:00:00+08:00');
    await inspect(desk.engineer, x, '2026-02', '2026-03-05T10:00:00+08:00');
    await inspect(desk.engineer2, y, '2026-03', '2026-03-12T10:00:00+08:00');
    await write(
      desk.agent.post(`/api/contracts/${x}/revisits`, {
        period: '2026-Q1',
        revisitedAt: '2026-03-20T15:00:00+08:00',
        contactName: 'Information office (fictional)',
        answers: ANSWERS,
      }),
    );
  }, 60_000);
  afterAll(() => desk.close());

  const url = (extra = '') => `/api/reports/service-plan?from=2026-01&to=2026-03&after=${position}${extra}`;

  it('lists each contract’s months and quarter with their outcome, and the totals', async () => {
    const response = await desk.manager.get(url());
    expect(response.status).toBe(200);
    const byId = new Map(
      (response.body.contracts as { contractId: string }[]).map((c) => [c.contractId, c] as const),
    );
    const outcomes = (id: string) => {
      const c = byId.get(id) as unknown as {
        inspections: { period: string; status: string }[];
        revisits: { period: string; status: string }[];
      };
      return {
        inspections: c.inspections.map((p) => `${p.period} ${p.status}`),
        revisits: c.revisits.map((p) => `${p.period} ${p.status}`),
      };
    };
    expect(byId.size).toBe(4);
    for (const untouched of [desk.contractA, desk.contractB]) {
      expect(outcomes(untouched)).toEqual({
        inspections: ['2026-01 missed', '2026-02 missed', '2026-03 missed'],
        revisits: ['2026-Q1 missed'],
      });
    }
    expect(outcomes(x)).toEqual({
      inspections: ['2026-01 on_time', '2026-02 late', '2026-03 missed'],
      revisits: ['2026-Q1 on_time'],
    });
    expect(outcomes(y)).toEqual({ inspections: ['2026-03 on_time'], revisits: ['2026-Q1 missed'] });
    expect(response.body.totals).toEqual({
      inspections: { due: 0, onTime: 2, late: 1, missed: 7 },
      revisits: { due: 0, onTime: 1, late: 0, missed: 3 },
    });
  });

  it('answers the same as CSV, one row per contract and period', async () => {
    const response = await desk.auditor.get(url('&format=csv'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = String(response.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('contract,contractId,customerId,kind,period,status,dueBy,doneAt');
    // 3 + 1 rows for A, B and X each, 1 + 1 for Y.
    expect(lines).toHaveLength(1 + 4 + 4 + 4 + 2);
    expect(lines.filter((l) => l.includes(`,${x},`) && l.includes(',inspection,2026-02,late,'))).toHaveLength(
      1,
    );
  });

  it('is for managers, headquarters, auditors and admins; bad months are a 400 naming the field', async () => {
    expect((await desk.engineer.get(url())).status).toBe(403);
    expect((await desk.customerA.get(url())).status).toBe(403);
    const backwards = await desk.manager.get('/api/reports/service-plan?from=2026-03&to=2026-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toEqual(['to']);
    const missing = await desk.manager.get('/api/reports/service-plan?to=2026-01');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('from');
  });
});
