import { adminToken } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createStaff } from '../../support/create-staff.js';
import { faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

interface Entry {
  position: string;
  type: string;
  actor: { id: string; role: string };
  source: string;
  customerId: string | null;
  ticketId: string | null;
  stream: string;
  backDated: boolean;
  summary: { zh: string; en: string };
  recordedAt: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Org A's agent reports a ticket that an engineer responds to; org B's contact reports one of its
 * own. The audit trail holds those events beside everything the desk's setup recorded.
 */
describe('GET /api/audit', () => {
  let desk: TicketDesk;
  let orgA: string;
  let orgB: string;
  let ticketA: string;
  let ticketB: string;
  let position: string;
  let beforeResponse: string;
  let afterResponse: string;
  const idOf = (who: ApiClient) => (who as ApiClient & { id: string }).id;

  /** Every entry of a query, read in one page of at most 200. */
  const audit = async (query = '', who: ApiClient = desk.auditor): Promise<Entry[]> => {
    const response = await who.get(`/api/audit?after=${position}&limit=200${query ? `&${query}` : ''}`);
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    return response.body.items;
  };

  beforeAll(async () => {
    desk = await startTicketDesk();
    orgA = (await desk.admin.get(`/api/contracts/${desk.contractA}`)).body.customerId;
    orgB = (await desk.admin.get(`/api/contracts/${desk.contractB}`)).body.customerId;
    ticketA = (await desk.agent.post('/api/tickets', faultReport(desk.contractA))).body.id;
    await pause(20);
    beforeResponse = new Date().toISOString();
    await pause(20);
    const responded = await desk.engineer.post(`/api/tickets/${ticketA}/responses`, { mode: 'guided' });
    expect(responded.status).toBe(200);
    await pause(20);
    afterResponse = new Date().toISOString();
    await pause(20);
    const reported = await desk.customerB.post('/api/tickets', faultReport(desk.contractB, { severity: 3 }));
    expect(reported.status).toBe(201);
    ticketB = reported.body.id;
    position = reported.body.position;
  }, 120_000);
  afterAll(() => desk.close());

  it('holds every event of every stream in log order, with who, when and from where', async () => {
    const all = await audit();
    const positions = all.map((e) => Number(e.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(all.at(-1)).toMatchObject({
      position,
      type: 'FaultReported',
      actor: { id: idOf(desk.customerB), role: 'customer' },
      source: 'api',
      customerId: orgB,
      ticketId: ticketB,
      stream: `ticket-${ticketB}`,
      backDated: false,
    });
    const types = new Set(all.map((e) => e.type));
    for (const type of [
      'StaffRegistered',
      'CustomerRegistered',
      'ContractRegistered',
      'ServiceNumberAssigned',
    ]) {
      expect(types).toContain(type);
    }
    expect(JSON.stringify(all)).not.toContain('Duty nurse');
    expect(JSON.stringify(all)).not.toContain('000-0000-0000');
  });

  it('filters by event type, actor, role and customer', async () => {
    const reports = await audit('type=FaultReported');
    expect(reports.map((e) => [e.ticketId, e.customerId, e.actor.role])).toEqual([
      [ticketA, orgA, 'agent'],
      [ticketB, orgB, 'customer'],
    ]);
    const byEngineer = await audit(`actor=${desk.engineer.id}`);
    expect(byEngineer.map((e) => [e.type, e.ticketId])).toEqual([['Responded', ticketA]]);
    expect(byEngineer[0].summary).toEqual({
      zh: '工程师 指导性响应',
      en: 'Engineer responded with guidance',
    });
    const byCustomers = await audit('role=customer');
    expect(byCustomers.map((e) => [e.type, e.ticketId])).toEqual([
      ['ServiceNumberAssigned', ticketB],
      ['FaultReported', ticketB],
    ]);
    const orgAEvents = await audit(`customer=${orgA}`);
    expect(orgAEvents.every((e) => e.customerId === orgA)).toBe(true);
    expect(orgAEvents.filter((e) => e.ticketId === ticketA).map((e) => e.type)).toEqual([
      'FaultReported',
      'Responded',
    ]);
    expect(orgAEvents.map((e) => e.type)).toEqual(
      expect.arrayContaining(['CustomerRegistered', 'ContractRegistered']),
    );
    expect(orgAEvents.some((e) => e.ticketId === ticketB)).toBe(false);
    expect(await audit(`type=FaultReported&customer=${orgB}&role=agent`)).toEqual([]);
  });

  it('filters by recording period: from inclusive, to exclusive', async () => {
    const period = await audit(
      `from=${encodeURIComponent(beforeResponse)}&to=${encodeURIComponent(afterResponse)}`,
    );
    expect(period.map((e) => [e.type, e.actor.id])).toEqual([['Responded', desk.engineer.id]]);
    const since = await audit(`from=${encodeURIComponent(afterResponse)}`);
    expect(since.map((e) => e.type)).toEqual(['ServiceNumberAssigned', 'FaultReported']);
    expect(since.map((e) => e.actor.id)).toEqual([idOf(desk.customerB), idOf(desk.customerB)]);
  });

  it('pages by position without duplicates or gaps, forwards and backwards', async () => {
    const all = (await audit()).map((e) => e.position);
    const walk = async (order: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response: { status: number; body: { items: Entry[]; nextCursor: string | null } } =
          await desk.manager.get(`/api/audit?limit=7&order=${order}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.status).toBe(200);
        expect(response.body.items.length).toBeLessThanOrEqual(7);
        seen.push(...response.body.items.map((e) => e.position));
        cursor = response.body.nextCursor;
      } while (cursor !== null);
      return seen;
    };
    expect(all.length).toBeGreaterThan(14);
    expect(await walk('asc')).toEqual(all);
    expect(await walk('desc')).toEqual([...all].reverse());
  });

  it('is for auditors, managers, headquarters and admins only', async () => {
    const hq = await createStaff(desk.app.baseUrl, await adminToken(desk.app), { role: 'headquarters' });
    const headquarters = api(desk.app.baseUrl, hq.token);
    expect((await headquarters.get('/api/tickets?limit=1')).status).toBe(200);
    for (const who of [desk.auditor, desk.manager, desk.admin, headquarters]) {
      expect((await who.get('/api/audit?limit=1')).status).toBe(200);
    }
    for (const who of [desk.agent, desk.engineer, desk.customerA]) {
      const response = await who.get('/api/audit?limit=1');
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it.each([
    ['role=boss', 'role'],
    ['customer=acme', 'customer'],
    ['type=Fault%20Reported', 'type'],
    ['from=yesterday', 'from'],
    ['to=2026-11-20', 'to'],
    ['order=newest', 'order'],
    ['limit=500', 'limit'],
    ['actor=', 'actor'],
    ['cursor=%%%', 'cursor'],
    ['who=me', 'who'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const response = await desk.auditor.get(`/api/audit?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses a cursor issued for the other order', async () => {
    const first = await desk.auditor.get('/api/audit?limit=1&order=asc');
    const response = await desk.auditor.get(`/api/audit?limit=1&order=desc&cursor=${first.body.nextCursor}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});
