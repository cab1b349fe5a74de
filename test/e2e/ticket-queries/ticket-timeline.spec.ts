import { randomUUID } from 'node:crypto';
import { HISTORY_REASON, WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import type { ApiClient } from '../../support/api-client.js';
import { at, faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/**
 * A ticket entered two hours after the phone rang, responded 30 minutes back, dispatched 4 minutes
 * back and arrived 2 minutes back: with the default tolerance (300 s) the first two are back-dated, the
 * last two are not.
 */
describe('GET /api/tickets/:id/timeline', () => {
  let desk: TicketDesk;
  let id: string;
  let serviceNo: string;
  let position: string;
  const base = new Date();
  const agentId = () => (desk.agent as ApiClient & { id: string }).id;
  const managerId = () => (desk.manager as ApiClient & { id: string }).id;

  beforeAll(async () => {
    // Without the SLA watchman: the ticket reported 2 hours back would be escalated at once on recording.
    desk = await startTicketDesk({ env: WITHOUT_SLA_WATCHMAN });
    const reported = await desk.agent.post(
      '/api/tickets',
      faultReport(desk.contractA, { reportedAt: at(base, -120) }),
    );
    expect(reported.status).toBe(201);
    ({ id, serviceNo } = reported.body);
    const steps: [ApiClient, string, object][] = [
      [desk.engineer, 'responses', { mode: 'remote', occurredAt: at(base, -30) }],
      [
        desk.manager,
        'dispatches',
        { engineers: [desk.engineer.id], reason: 'disk failed', occurredAt: at(new Date(), -4) },
      ],
      [desk.engineer, 'arrivals', { occurredAt: at(new Date(), -2) }],
    ];
    for (const [who, path, body] of steps) {
      const response = await who.post(`/api/tickets/${id}/${path}`, body);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      position = response.body.position;
    }
  }, 120_000);
  afterAll(() => desk.close());

  it('lists every event of the ticket in order: who, what, when, from where, back-dated or not', async () => {
    const response = await desk.auditor.get(`/api/tickets/${id}/timeline?after=${position}`);
    expect(response.status).toBe(200);
    expect(response.body.ticketId).toBe(id);
    const items = response.body.items;
    expect(items.map((e: { type: string }) => e.type)).toEqual([
      'FaultReported',
      'Responded',
      'DispatchedOnSite',
      'ArrivedOnSite',
    ]);
    expect(items.map((e: { revision: number }) => e.revision)).toEqual([0, 1, 2, 3]);
    expect(items.map((e: { actor: object }) => e.actor)).toEqual([
      { id: agentId(), role: 'agent' },
      { id: desk.engineer.id, role: 'engineer' },
      { id: managerId(), role: 'manager' },
      { id: desk.engineer.id, role: 'engineer' },
    ]);
    expect(items.map((e: { backDated: boolean }) => e.backDated)).toEqual([true, true, false, false]);
    expect(items.map((e: { source: string }) => e.source)).toEqual(['api', 'api', 'api', 'api']);
    const positions = items.map((e: { position: string }) => Number(e.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(items[3].position).toBe(position);
    expect(Date.parse(items[0].occurredAt)).toBe(Date.parse(at(base, -120)));
    expect(Date.parse(items[1].occurredAt)).toBe(Date.parse(at(base, -30)));
    expect(Date.parse(items[0].recordedAt)).toBeGreaterThanOrEqual(base.getTime());
    expect(items[0].summary).toEqual({
      // Entered 2 hours after the call: with its reason.
      zh: `值班人员 登记故障 ${serviceNo}（一级，热线）（补录原因：${HISTORY_REASON}）`,
      en: `On-duty agent reported fault ${serviceNo} (level 1, hotline) (entered after the fact: ${HISTORY_REASON})`,
    });
    expect(items[3].summary).toEqual({
      zh: `工程师 到达现场（补录原因：${HISTORY_REASON}）`,
      en: `Engineer arrived on site (entered after the fact: ${HISTORY_REASON})`,
    });
    expect(items[0]).toEqual(
      expect.objectContaining({
        eventId: expect.any(String),
        commandId: expect.any(String),
        correlationId: expect.any(String),
      }),
    );
    expect(JSON.stringify(items)).not.toContain('Duty nurse');
  });

  it("shows a customer contact its own organisation's tickets only (403 otherwise)", async () => {
    expect((await desk.customerA.get(`/api/tickets/${id}/timeline?after=${position}`)).status).toBe(200);
    const refused = await desk.customerB.get(`/api/tickets/${id}/timeline?after=${position}`);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await desk.customerB.get(`/api/tickets/${id}`)).status).toBe(403);
  });

  it('answers 404 for a ticket that does not exist and 400 for an id that is not a UUID', async () => {
    expect((await desk.manager.get(`/api/tickets/${randomUUID()}/timeline`)).status).toBe(404);
    const bad = await desk.manager.get('/api/tickets/42/timeline');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });
});
