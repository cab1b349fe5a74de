import { HISTORY_REASON } from '../../support/history.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/** POST /api/contracts/:id/surveys: the satisfaction survey at the end of an implementation phase. */
describe('Phase surveys through the API', () => {
  let desk: TicketDesk;
  let lastPosition = '0';
  const surveys = (contract: string) => `/api/contracts/${contract}/surveys`;
  const survey = (over: Record<string, unknown> = {}) => ({
    surveyId: 'PS-0001',
    phase: 'training',
    respondent: 'Wang Fang (fictional)',
    scores: { overall: 4, trainingEffect: 5, userManualUsefulness: 0 },
    implementingTeam: 'Implementation team 2 (fictional)',
    comments: 'Good trainer',
    surveyedAt: '2026-03-10T10:00:00+08:00',
    ...over,
  });

  beforeAll(async () => {
    desk = await startTicketDesk();
  }, 60_000);
  afterAll(() => desk.close());

  it('a customer contact may not date its survey back months; an agent enters the paper form: 201 {id, revision, position}', async () => {
    const backdated = await desk.customerA.post(surveys(desk.contractA), survey());
    expect(backdated.status).toBe(422);
    expect(backdated.body).toMatchObject({ code: 'backdating_customer_limit' });
    expect(backdated.body.errors).toEqual([expect.objectContaining({ field: 'surveyedAt' })]);
    const answer = await desk.agent.post(surveys(desk.contractA), survey());
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: 'PS-0001',
      revision: expect.any(Number),
      position: expect.stringMatching(/^\d+$/),
    });
    lastPosition = answer.body.position;
  });

  it('an agent and a manager enter paper forms; the product defaults to the contract’s', async () => {
    const byAgent = await desk.agent.post(
      surveys(desk.contractA),
      survey({ surveyId: 'PS-0002', phase: 'installation', surveyedAt: '2026-02-10T10:00:00+08:00' }),
    );
    expect(byAgent.status).toBe(201);
    const byManager = await desk.manager.post(
      surveys(desk.contractA),
      survey({ surveyId: 'PS-0003', product: { name: 'DIP grouping platform', version: '3.3' } }),
    );
    expect(byManager.status).toBe(201);
    lastPosition = byManager.body.position;
  });

  it('lists the contract’s surveys, of months from..to when asked', async () => {
    const all = await desk.manager.get(`${surveys(desk.contractA)}?after=${lastPosition}`);
    expect(all.status).toBe(200);
    expect(all.body.surveys.map((s: { surveyId: string }) => s.surveyId)).toEqual([
      'PS-0001',
      'PS-0002',
      'PS-0003',
    ]);
    expect(all.body.surveys[0]).toEqual({
      contractId: desk.contractA,
      surveyId: 'PS-0001',
      phase: 'training',
      product: { name: 'DIP grouping platform', version: '3.2' },
      implementingTeam: 'Implementation team 2 (fictional)',
      respondent: 'Wang Fang (fictional)',
      scores: { overall: 4, trainingEffect: 5, userManualUsefulness: 0 },
      comments: 'Good trainer',
      surveyedAt: '2026-03-10T10:00:00.000+08:00',
      occurredAtReason: HISTORY_REASON,
      recordedBy: desk.agent.id,
    });
    expect(all.body.surveys[2].product).toEqual({ name: 'DIP grouping platform', version: '3.3' });
    const march = await desk.customerA.get(`${surveys(desk.contractA)}?from=2026-03&to=2026-03`);
    expect(march.body.surveys.map((s: { surveyId: string }) => s.surveyId)).toEqual(['PS-0001', 'PS-0003']);
  });

  it('a repeated surveyId is 409', async () => {
    const again = await desk.agent.post(surveys(desk.contractA), survey({ comments: 'again' }));
    expect(again.status).toBe(409);
  });

  it('a customer contact of another organisation gets 404, on POST and GET', async () => {
    const post = await desk.customerB.post(surveys(desk.contractA), survey({ surveyId: 'PS-0099' }));
    expect(post.status).toBe(404);
    expect(post.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await desk.customerB.get(surveys(desk.contractA))).status).toBe(404);
    expect((await desk.agent.post(surveys('no-such-contract'), survey())).status).toBe(404);
  });

  it('engineers, auditors and headquarters may not record surveys (403)', async () => {
    for (const caller of [desk.engineer, desk.auditor, desk.headquarters]) {
      expect((await caller.post(surveys(desk.contractA), survey({ surveyId: 'PS-0100' }))).status).toBe(403);
    }
  });

  it.each([
    ['no overall score', { scores: { trainingEffect: 4 } }, 'scores.overall'],
    ['a score of 6', { scores: { overall: 6 } }, 'scores.overall'],
    ['an unknown item', { scores: { overall: 4, coffee: 5 } }, 'scores.coffee'],
    ['an unknown phase', { phase: 'party' }, 'phase'],
    ['a blank respondent', { respondent: '  ' }, 'respondent'],
    ['no surveyId', { surveyId: undefined }, 'surveyId'],
    ['a date that is no instant', { surveyedAt: 'last Tuesday' }, 'surveyedAt'],
    ['a product without version', { product: { name: 'DIP' } }, 'product.version'],
    ['an unknown field', { rating: 5 }, 'rating'],
  ])('%s is 400 naming %s', async (_what, over, field) => {
    const answer = await desk.agent.post(surveys(desk.contractA), survey({ surveyId: 'PS-BAD', ...over }));
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('a survey dated in the future breaks a rule of the domain: 422 naming surveyedAt', async () => {
    const answer = await desk.agent.post(
      surveys(desk.contractA),
      survey({ surveyId: 'PS-FUTURE', surveyedAt: '2099-01-01T00:00:00+08:00' }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain('surveyedAt');
  });
});
