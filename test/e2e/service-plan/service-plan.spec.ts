import { HISTORY_FROM } from '../../support/history.js';
import type { ApiClient, ApiResponse } from '../../support/api-client.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';
import { ANSWERS, FINDINGS } from './service-plan.fixture.js';

/**
 * A contract accepted on 2026-01-15 (Asia/Shanghai) with the desk's first engineer as its fixed
 * expert. Every month used lies in the past, so the figures do not depend on today's date.
 */
const WRITE_RESULT = {
  id: expect.any(String),
  revision: expect.any(Number),
  position: expect.stringMatching(/^\d+$/),
};

describe('Service plan: inspections by the fixed expert, revisits, compliance', () => {
  let desk: TicketDesk;
  let contract: string;
  let customerId: string;
  let lastPosition = '0';
  const inspections = () => `/api/contracts/${contract}/inspections`;
  const revisits = () => `/api/contracts/${contract}/revisits`;
  const expert = () => `/api/contracts/${contract}/inspection-expert`;
  const plan = (from: string, to: string) =>
    `/api/contracts/${contract}/service-plan?from=${from}&to=${to}&after=${lastPosition}`;
  const written = (response: ApiResponse, status = 201) => {
    expect({ status: response.status, body: response.body }).toEqual({ status, body: WRITE_RESULT });
    lastPosition = response.body.position;
    return response.body as { id: string };
  };
  const inspect = (client: ApiClient, body: Record<string, unknown>) =>
    client.post(inspections(), { findings: FINDINGS, ...body });

  beforeAll(async () => {
    desk = await startTicketDesk();
    customerId = (await desk.admin.get(`/api/contracts/${desk.contractA}`)).body.customerId;
    const created = await desk.admin.post('/api/contracts', {
      customerId,
      product: { name: 'DIP grouping platform', version: '3.2' },
      acceptanceDate: '2026-01-15',
      timeZone: 'Asia/Shanghai',
      occurredAt: HISTORY_FROM,
      inspectionExpertId: desk.engineer.id,
    });
    expect(created.status).toBe(201);
    contract = created.body.id;
  }, 60_000);
  afterAll(() => desk.close());

  it('records the fixed expert’s inspection for January', async () => {
    written(await inspect(desk.engineer, { period: '2026-01', inspectedAt: '2026-01-20T10:00:00+08:00' }));
  });

  it('refuses another engineer with 422 naming the rule', async () => {
    const refused = await inspect(desk.engineer2, {
      period: '2026-02',
      inspectedAt: '2026-02-10T10:00:00+08:00',
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('inspection_by_fixed_expert');
  });

  it('accepts another engineer’s inspection when a manager overrides with a reason (late: in March for February)', async () => {
    const refusedWithoutReason = await inspect(desk.manager, {
      period: '2026-02',
      inspectorId: desk.engineer2.id,
      override: {},
    });
    expect(refusedWithoutReason.status).toBe(400);
    expect(refusedWithoutReason.body.errors.map((e: { field: string }) => e.field)).toContain(
      'override.reason',
    );
    written(
      await inspect(desk.manager, {
        period: '2026-02',
        inspectorId: desk.engineer2.id,
        override: { reason: 'Fixed expert on leave (fictional)' },
        inspectedAt: '2026-03-03T09:00:00+08:00',
      }),
    );
  });

  it('refuses a second inspection for the same month with 409', async () => {
    const again = await inspect(desk.engineer, {
      period: '2026-01',
      inspectedAt: '2026-01-28T10:00:00+08:00',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_exists');
  });

  it('answers 400 naming a missing finding, and 403 to an agent', async () => {
    const { hiddenRisks: _left, ...incomplete } = FINDINGS;
    const bad = await desk.engineer.post(inspections(), { period: '2026-03', findings: incomplete });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('findings.hiddenRisks');
    expect((await inspect(desk.agent, { period: '2026-03' })).status).toBe(403);
  });

  it('changes the fixed expert with a reason; the new expert inspects, the former one is refused', async () => {
    const noReason = await desk.manager.put(expert(), { expertId: desk.engineer2.id });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
    const unknown = await desk.manager.put(expert(), { expertId: 'no-such-staff', reason: 'Workload' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('inspection_expert_unknown');
    expect(
      (await desk.engineer.put(expert(), { expertId: desk.engineer2.id, reason: 'Workload' })).status,
    ).toBe(403);

    expect(
      written(await desk.manager.put(expert(), { expertId: desk.engineer2.id, reason: 'Workload' }), 200).id,
    ).toBe(contract);
    const contractNow = await desk.admin.get(`/api/contracts/${contract}`);
    expect(contractNow.body.inspectionExpertId).toBe(desk.engineer2.id);

    const former = await inspect(desk.engineer, {
      period: '2026-04',
      inspectedAt: '2026-04-08T10:00:00+08:00',
    });
    expect(former.status).toBe(422);
    expect(former.body.code).toBe('inspection_by_fixed_expert');
    written(await inspect(desk.engineer2, { period: '2026-04', inspectedAt: '2026-04-08T10:00:00+08:00' }));
  });

  it('records the first quarter’s revisit, once', async () => {
    const body = {
      period: '2026-Q1',
      answers: ANSWERS,
      contactName: 'Information office (fictional)',
      revisitedAt: '2026-03-25T15:00:00+08:00',
    };
    written(await desk.agent.post(revisits(), body));
    const again = await desk.engineer.post(revisits(), body);
    expect(again.status).toBe(409);
    const badQuarter = await desk.engineer.post(revisits(), { ...body, period: '2026-Q5' });
    expect(badQuarter.status).toBe(400);
    expect(badQuarter.body.errors.map((e: { field: string }) => e.field)).toContain('period');
    expect((await desk.auditor.post(revisits(), body)).status).toBe(403);
  });

  it('gives the service plan January to June: on time, late, missed', async () => {
    const response = await desk.manager.get(plan('2025-12', '2026-06'));
    expect(response.status).toBe(200);
    const summary = {
      inspections: response.body.inspections.map((p: { period: string; status: string }) => [
        p.period,
        p.status,
      ]),
      revisits: response.body.revisits.map((p: { period: string; status: string }) => [p.period, p.status]),
      totals: response.body.totals,
      planStartsIn: response.body.planStartsIn,
    };
    expect(summary).toEqual({
      inspections: [
        ['2026-01', 'on_time'],
        ['2026-02', 'late'],
        ['2026-03', 'missed'],
        ['2026-04', 'on_time'],
        ['2026-05', 'missed'],
        ['2026-06', 'missed'],
      ],
      revisits: [
        ['2026-Q1', 'on_time'],
        ['2026-Q2', 'missed'],
      ],
      totals: {
        inspections: { due: 0, onTime: 2, late: 1, missed: 3 },
        revisits: { due: 0, onTime: 1, late: 0, missed: 1 },
      },
      planStartsIn: '2026-01',
    });
    expect(response.body.inspections[1]).toEqual({
      period: '2026-02',
      status: 'late',
      dueBy: '2026-03-01T00:00:00.000+08:00',
      recordId: expect.any(String),
      doneAt: '2026-03-03T09:00:00.000+08:00',
    });
  });

  it('shows the plan to its own customer only, not to an engineer; names a bad range', async () => {
    expect((await desk.customerA.get(plan('2026-01', '2026-03'))).status).toBe(200);
    expect((await desk.customerB.get(plan('2026-01', '2026-03'))).status).toBe(403);
    expect((await desk.engineer.get(plan('2026-01', '2026-03'))).status).toBe(403);
    expect((await desk.auditor.get(plan('2026-01', '2026-03'))).status).toBe(200);
    const backwards = await desk.manager.get(plan('2026-05', '2026-01'));
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toContain('to');
    expect(
      (await desk.manager.get('/api/contracts/no-such-contract/service-plan?from=2026-01&to=2026-02')).status,
    ).toBe(404);
  });
});
