import { HISTORY_FROM } from '../../support/history.js';
import { adminToken } from '../../support/admin-token.js';
import { csvRecords } from './parse-csv.js';
import { ANSWERS, FINDINGS } from '../service-plan/service-plan.fixture.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/**
 * A third customer with one contract accepted 2026-01-15 (Asia/Shanghai), fixed expert the desk's
 * engineer; everything back-dated into 2026 Q1, so the statuses do not depend on today:
 * - inspections: January on 20 Jan (on time), February on 3 Mar (late), March none (missed);
 * - revisit Q1 on 25 Mar (on time);
 * - phase surveys: installation 10 Feb (overall 2, installationQuality 3); training 10 Mar
 *   (overall 4, trainingEffect 4), 12 Mar (5, 5), 15 Mar (3, trainingEffect 0 = not applicable);
 *   acceptance 2 Apr (overall 5), outside Q1.
 * March: training trainingEffect (4 + 5) / 2 = 4.5, overall (4 + 5 + 3) / 3 = 4.
 * Q1: overall (2 + 4 + 5 + 3) / 4 = 3.5, installationQuality 3, trainingEffect 4.5.
 */
describe('Maintenance and SLA reports: inspections, revisits and phase surveys', () => {
  let desk: TicketDesk;
  let customer: string;
  let contract: string;
  let position = '0';
  const CONTRACT_NAME = 'Service plan contract (fictional)';

  const write = async (answer: { status: number; body: { position: string } }) => {
    expect(answer.status).toBe(201);
    position = answer.body.position;
  };
  const survey = (surveyId: string, phase: string, surveyedAt: string, scores: Record<string, number>) =>
    desk.agent.post(`/api/contracts/${contract}/surveys`, {
      surveyId,
      phase,
      respondent: 'Zhao Lei (fictional)',
      scores,
      surveyedAt,
    });

  beforeAll(async () => {
    desk = await startTicketDesk();
    const created = await desk.admin.post('/api/customers', {
      name: 'Third District Hospital (fictional)',
      contacts: [{ name: 'Zhao Lei (fictional)', phone: '000-0000-0003' }],
    });
    expect(created.status).toBe(201);
    customer = created.body.id;
    const registered = await desk.admin.post('/api/contracts', {
      customerId: customer,
      name: CONTRACT_NAME,
      product: { name: 'DIP grouping platform', version: '3.2' },
      acceptanceDate: '2026-01-15',
      timeZone: 'Asia/Shanghai',
      occurredAt: HISTORY_FROM,
      inspectionExpertId: desk.engineer.id,
    });
    expect(registered.status).toBe(201);
    contract = registered.body.id;
    const inspections = `/api/contracts/${contract}/inspections`;
    await write(
      await desk.engineer.post(inspections, {
        period: '2026-01',
        findings: FINDINGS,
        inspectedAt: '2026-01-20T10:00:00+08:00',
      }),
    );
    await write(
      await desk.engineer.post(inspections, {
        period: '2026-02',
        findings: FINDINGS,
        inspectedAt: '2026-03-03T09:00:00+08:00',
      }),
    );
    await write(
      await desk.agent.post(`/api/contracts/${contract}/revisits`, {
        period: '2026-Q1',
        answers: ANSWERS,
        contactName: 'Li Hua (fictional)',
        revisitedAt: '2026-03-25T15:00:00+08:00',
      }),
    );
    await write(
      await survey('S1', 'installation', '2026-02-10T10:00:00+08:00', { overall: 2, installationQuality: 3 }),
    );
    await write(
      await survey('S2', 'training', '2026-03-10T10:00:00+08:00', { overall: 4, trainingEffect: 4 }),
    );
    await write(
      await survey('S3', 'training', '2026-03-12T10:00:00+08:00', { overall: 5, trainingEffect: 5 }),
    );
    await write(
      await survey('S4', 'training', '2026-03-15T10:00:00+08:00', { overall: 3, trainingEffect: 0 }),
    );
    await write(await survey('S5', 'acceptance', '2026-04-02T10:00:00+08:00', { overall: 5 }));
  }, 60_000);
  afterAll(() => desk.close());

  const maintenance = (period: string) =>
    desk.manager.get(`/api/reports/maintenance?customer=${customer}&period=${period}&after=${position}`);

  it('the March report lists March’s missed inspection, the Q1 revisit, March’s phase surveys and their averages', async () => {
    const { status, body } = await maintenance('2026-03');
    expect(status).toBe(200);
    expect(body.inspections).toEqual([
      {
        contractId: contract,
        contract: CONTRACT_NAME,
        period: '2026-03',
        status: 'missed',
        dueBy: '2026-04-01T00:00:00.000+08:00',
      },
    ]);
    expect(body.revisits).toEqual([
      {
        contractId: contract,
        contract: CONTRACT_NAME,
        period: '2026-Q1',
        status: 'on_time',
        dueBy: '2026-04-01T00:00:00.000+08:00',
        doneAt: '2026-03-25T15:00:00.000+08:00',
        revisitId: expect.any(String),
        contactName: 'Li Hua (fictional)',
        answers: ANSWERS,
        recordedBy: desk.agent.id,
      },
    ]);
    expect(body.phaseSurveys.map((s: { surveyId: string }) => s.surveyId)).toEqual(['S2', 'S3', 'S4']);
    expect(body.phaseSurveys[0]).toEqual({
      contractId: contract,
      contract: CONTRACT_NAME,
      surveyId: 'S2',
      phase: 'training',
      product: { name: 'DIP grouping platform', version: '3.2' },
      respondent: 'Zhao Lei (fictional)',
      scores: { overall: 4, trainingEffect: 4 },
      surveyedAt: '2026-03-10T10:00:00.000+08:00',
    });
    const { tickets, phases } = body.satisfaction;
    expect(tickets.surveys).toBe(0);
    expect(tickets.items.overall).toBeNull();
    expect(phases.surveys).toBe(3);
    expect(phases.items).toMatchObject({ overall: 4, trainingEffect: 4.5, installationQuality: null });
    expect(phases.byPhase.training).toMatchObject({ surveys: 3, items: { overall: 4, trainingEffect: 4.5 } });
    expect(phases.byPhase.installation).toMatchObject({ surveys: 0, items: { overall: null } });
  });

  it('the Q1 report lists the three inspections (on time, late, missed) with inspector and findings', async () => {
    const { body } = await maintenance('2026-Q1');
    expect(body.kind).toBe('quarterly');
    expect(body.inspections).toEqual([
      expect.objectContaining({
        period: '2026-01',
        status: 'on_time',
        doneAt: '2026-01-20T10:00:00.000+08:00',
        inspectorId: desk.engineer.id,
        findings: FINDINGS,
      }),
      expect.objectContaining({
        period: '2026-02',
        status: 'late',
        doneAt: '2026-03-03T09:00:00.000+08:00',
        inspectorId: desk.engineer.id,
      }),
      expect.objectContaining({ period: '2026-03', status: 'missed' }),
    ]);
    expect(body.inspections[2].findings).toBeUndefined();
    expect(body.revisits.map((r: { period: string; status: string }) => [r.period, r.status])).toEqual([
      ['2026-Q1', 'on_time'],
    ]);
    expect(body.phaseSurveys.map((s: { surveyId: string }) => s.surveyId)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(body.satisfaction.phases.surveys).toBe(4);
    expect(body.satisfaction.phases.items).toMatchObject({
      overall: 3.5,
      installationQuality: 3,
      trainingEffect: 4.5,
    });
    expect(body.satisfaction.phases.byPhase.installation).toMatchObject({
      surveys: 1,
      items: { overall: 2, installationQuality: 3 },
    });
    expect(body.satisfaction.phases.byPhase.acceptance.surveys).toBe(0);
  });

  it('the Q1 CSV has a section per row: inspections, revisit, phase surveys, averages', async () => {
    const response = await fetch(
      `${desk.app.baseUrl}/api/reports/maintenance?customer=${customer}&period=2026-Q1&format=csv`,
      { headers: { authorization: `Bearer ${await adminToken(desk.app)}` } },
    );
    expect(response.status).toBe(200);
    const records = csvRecords((await response.text()).replace(/^\uFEFF/, ''));
    const of = (section: string) => records.filter((r) => r.section === section);
    expect(of('ticket')).toHaveLength(0);
    expect(of('inspection').map((r) => [r.plan_period, r.plan_status, r.contract])).toEqual([
      ['2026-01', 'on_time', CONTRACT_NAME],
      ['2026-02', 'late', CONTRACT_NAME],
      ['2026-03', 'missed', CONTRACT_NAME],
    ]);
    expect(of('inspection')[0].record).toContain('hiddenRisks: Backup job not monitored');
    expect(of('revisit')).toEqual([
      expect.objectContaining({
        plan_period: '2026-Q1',
        plan_status: 'on_time',
        done_by: 'Li Hua (fictional)',
      }),
    ]);
    expect(of('phase_survey').map((r) => [r.phase, r.score_overall, r.score_trainingEffect])).toEqual([
      ['installation', '2', ''],
      ['training', '4', '4'],
      ['training', '5', '5'],
      ['training', '3', '0'],
    ]);
    expect(of('satisfaction_phases')).toEqual([
      expect.objectContaining({ surveys: '4', score_overall: '3.5', score_trainingEffect: '4.5' }),
    ]);
    const training = of('satisfaction_phase').find((r) => r.phase === 'training');
    expect(training).toMatchObject({ surveys: '3', score_overall: '4', score_trainingEffect: '4.5' });
    expect(of('satisfaction_tickets')).toEqual([
      expect.objectContaining({ surveys: '0', score_overall: '' }),
    ]);
  });

  it('the SLA report averages the phase surveys of the period per item and per phase (0 left out)', async () => {
    const q1 = await desk.manager.get(`/api/reports/sla?period=2026-Q1&after=${position}`);
    expect(q1.status).toBe(200);
    expect(q1.body.phaseSurveys.surveys).toBe(4);
    expect(q1.body.phaseSurveys.items).toMatchObject({
      overall: 3.5,
      trainingEffect: 4.5,
      installationQuality: 3,
    });
    expect(q1.body.phaseSurveys.byPhase.training).toMatchObject({
      surveys: 3,
      items: { overall: 4, trainingEffect: 4.5, responseTime: null },
    });
    expect(q1.body.phaseSurveys.byPhase.acceptance).toMatchObject({ surveys: 0, items: { overall: null } });
    const april = await desk.manager.get('/api/reports/sla?period=2026-04');
    expect(april.body.phaseSurveys.surveys).toBe(1);
    expect(april.body.phaseSurveys.byPhase.acceptance).toMatchObject({ surveys: 1, items: { overall: 5 } });
  });
});
