import { HISTORY_FROM, HISTORY_REASON } from '../../support/history.js';
import { ANSWERS, FINDINGS } from '../service-plan/service-plan.fixture.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/**
 * Organisation A gets a second contract (fixed expert: the desk's engineer) with, in 2026:
 * the March inspection on 5 Mar, a training survey on 10 Mar, the Q1 revisit on 25 Mar.
 * The customer archive lists them by when they were done; the survey renders as 客户满意度调查表.
 * All are entered now, months later, by staff: the contract is registered as of HISTORY_FROM and the
 * customer's survey answers are typed in by the agent (a customer contact dates only 15 minutes back).
 */
describe('The customer archive keeps inspections, revisits and phase surveys', () => {
  let desk: TicketDesk;
  let contract: string;
  let position = '0';
  const NAME = 'Archive plan contract (fictional)';
  const written = (answer: { status: number; body: { position: string } }) => {
    expect(answer.status).toBe(201);
    position = answer.body.position;
  };

  beforeAll(async () => {
    desk = await startTicketDesk();
    const created = await desk.admin.post('/api/contracts', {
      customerId: desk.orgA,
      name: NAME,
      product: { name: 'DIP grouping platform', version: '3.2' },
      acceptanceDate: '2026-01-15',
      timeZone: 'Asia/Shanghai',
      inspectionExpertId: desk.engineer.id,
      occurredAt: HISTORY_FROM,
    });
    expect(created.status).toBe(201);
    contract = created.body.id;
    written(
      await desk.engineer.post(`/api/contracts/${contract}/inspections`, {
        period: '2026-03',
        findings: FINDINGS,
        inspectedAt: '2026-03-05T10:00:00+08:00',
      }),
    );
    written(
      await desk.agent.post(`/api/contracts/${contract}/surveys`, {
        surveyId: 'PS-A-1',
        phase: 'training',
        respondent: 'Wang Fang (fictional)',
        implementingTeam: 'Team East (fictional)',
        scores: { overall: 4, trainingEffect: 5, userManualUsefulness: 0 },
        comments: 'More exercises please',
        surveyedAt: '2026-03-10T10:00:00+08:00',
      }),
    );
    written(
      await desk.agent.post(`/api/contracts/${contract}/revisits`, {
        period: '2026-Q1',
        answers: ANSWERS,
        contactName: 'Li Hua (fictional)',
        revisitedAt: '2026-03-25T15:00:00+08:00',
      }),
    );
  }, 60_000);
  afterAll(() => desk.close());

  it('lists them in the archive of the organisation', async () => {
    const { status, body } = await desk.customerA.get(
      `/api/archive/customers/${desk.orgA}?after=${position}`,
    );
    expect(status).toBe(200);
    expect(body.inspections).toEqual([
      {
        contractId: contract,
        contractName: NAME,
        inspectionId: expect.any(String),
        period: '2026-03',
        inspectorId: desk.engineer.id,
        findings: FINDINGS,
        inspectedAt: '2026-03-05T10:00:00.000+08:00',
        recordedBy: desk.engineer.id,
        occurredAtReason: HISTORY_REASON,
      },
    ]);
    expect(body.revisits).toEqual([
      {
        contractId: contract,
        contractName: NAME,
        revisitId: expect.any(String),
        period: '2026-Q1',
        answers: ANSWERS,
        contactName: 'Li Hua (fictional)',
        revisitedAt: '2026-03-25T15:00:00.000+08:00',
        recordedBy: desk.agent.id,
        occurredAtReason: HISTORY_REASON,
      },
    ]);
    expect(body.phaseSurveys).toEqual([
      {
        contractId: contract,
        contractName: NAME,
        surveyId: 'PS-A-1',
        phase: 'training',
        product: { name: 'DIP grouping platform', version: '3.2' },
        implementingTeam: 'Team East (fictional)',
        respondent: 'Wang Fang (fictional)',
        scores: { overall: 4, trainingEffect: 5, userManualUsefulness: 0 },
        comments: 'More exercises please',
        surveyedAt: '2026-03-10T10:00:00.000+08:00',
        recordedBy: desk.agent.id,
        occurredAtReason: HISTORY_REASON,
        form: `/api/archive/contracts/${contract}/surveys/PS-A-1/form`,
      },
    ]);
    const april = await desk.manager.get(
      `/api/archive/customers/${desk.orgA}?from=2026-04-01T00:00:00%2B08:00`,
    );
    expect(april.body).toMatchObject({ inspections: [], revisits: [], phaseSurveys: [] });
  });

  it('renders the phase survey as the satisfaction-survey form (客户满意度调查表)', async () => {
    const { status, body } = await desk.manager.get(`/api/archive/contracts/${contract}/surveys/PS-A-1/form`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      form: 'satisfaction-survey',
      title: '客户满意度调查表',
      contractId: contract,
      surveyId: 'PS-A-1',
      contract: NAME,
      product: 'DIP grouping platform 3.2',
      customer: 'Example County Hospital (fictional)',
      phase: 'training',
      implementingTeam: 'Team East (fictional)',
      respondent: 'Wang Fang (fictional)',
      date: '2026-03-10',
      comments: 'More exercises please',
    });
    expect(body.scores).toMatchObject({
      overall: 4,
      trainingEffect: 5,
      userManualUsefulness: 0,
      responseTime: null,
    });
    expect(body.labels['scores.trainingEffect']).toBe('培训效果');
  });

  it('the form: 403 for another organisation’s contact, 404 for an unknown survey', async () => {
    const other = await desk.customerB.get(`/api/archive/contracts/${contract}/surveys/PS-A-1/form`);
    expect(other.status).toBe(403);
    const unknown = await desk.manager.get(`/api/archive/contracts/${contract}/surveys/PS-NONE/form`);
    expect(unknown.status).toBe(404);
  });
});
