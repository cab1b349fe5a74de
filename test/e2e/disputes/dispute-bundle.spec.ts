import { WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import { adminToken } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createStaff } from '../../support/create-staff.js';
import { at, faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/** The parts of a bundle these tests read. */
interface Bundle {
  format: string;
  ticket: { id: string; serviceNo: string; contractId: string; stream: string };
  integrity: { eventCount: number; headRevision: number; headHash: string };
  events: {
    type: string;
    revision: number;
    stream: string;
    prevHash: string | null;
    hash: string;
    metadata: { actor: { role: string } };
  }[];
  policy: {
    version: number;
    slaPolicy: { targets: Record<string, { response: string }> };
    source: {
      stream: string;
      policyEventHash: string;
      events: { type: string; revision: number; hash: string; data: { version?: number } }[];
    };
  };
  sla: {
    inputs: { at: string };
    result: { policyVersion: number; response: { state: string; target: string; overrunMs?: number } };
  };
  instructions: string[];
}

describe('GET /api/tickets/:id/dispute-bundle', () => {
  let desk: TicketDesk;
  let headquarters: ApiClient;
  let ticketId: string;
  let position: string;
  const start = new Date(Date.now() - 6 * 3600_000);

  beforeAll(async () => {
    desk = await startTicketDesk({ env: WITHOUT_SLA_WATCHMAN });
    headquarters = api(
      desk.app.baseUrl,
      (await createStaff(desk.app.baseUrl, await adminToken(desk.app), { role: 'headquarters' })).token,
    );
    const reported = await desk.agent.post(
      '/api/tickets',
      faultReport(desk.contractA, { reportedAt: at(start, 0) }),
    );
    expect(reported.status).toBe(201);
    ticketId = reported.body.id;
    const responded = await desk.engineer.post(`/api/tickets/${ticketId}/responses`, {
      mode: 'guided',
      note: 'talked the duty nurse through a restart (fictional)',
      occurredAt: at(start, 40),
    });
    expect(responded.status).toBe(200);
    position = responded.body.position;
  }, 60_000);
  afterAll(() => desk.close());

  it("is one JSON attachment with the ticket's events, hash chain, policy, SLA and instructions", async () => {
    const response = await desk.manager.get(`/api/tickets/${ticketId}/dispute-bundle?after=${position}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const bundle = response.body as Bundle;
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="dispute-bundle-${bundle.ticket.serviceNo}.json"`,
    );
    expect(bundle.format).toBe('service-ledger/dispute-bundle');
    expect(bundle.ticket).toMatchObject({
      id: ticketId,
      contractId: desk.contractA,
      stream: `ticket-${ticketId}`,
    });
    expect(bundle.events.map((e) => [e.revision, e.type, e.metadata.actor.role])).toEqual([
      [0, 'FaultReported', 'agent'],
      [1, 'Responded', 'engineer'],
    ]);
    expect(bundle.events[0].prevHash).toBeNull();
    expect(bundle.events[1].prevHash).toBe(bundle.events[0].hash);
    expect(bundle.integrity).toMatchObject({
      eventCount: 2,
      headRevision: 1,
      headHash: bundle.events[1].hash,
    });
    // the default policy of DOMAIN.md, version 1, set when the contract was registered
    expect(bundle.policy.version).toBe(1);
    expect(bundle.policy.slaPolicy.targets['1'].response).toBe('PT30M');
    expect(bundle.policy.source.stream).toBe(`contract-${desk.contractA}`);
    expect(bundle.policy.source.events.map((e) => [e.revision, e.type])).toEqual([
      [0, 'ContractRegistered'],
      [1, 'SlaPolicySet'],
    ]);
    expect(bundle.policy.source.policyEventHash).toBe(bundle.policy.source.events[1].hash);
    // responded 40 minutes after a level-1 report: 10 minutes over the 30-minute target
    expect(bundle.sla.result.response).toMatchObject({
      state: 'breached',
      target: 'PT30M',
      overrunMs: 10 * 60_000,
    });
    expect(bundle.instructions.join('\n')).toContain('npm run cli -- verify-bundle');
  });

  it('names the policy version that judged the ticket, and carries the contract events up to it', async () => {
    const set = await desk.admin.put(`/api/contracts/${desk.contractB}/sla-policy`, {
      targets: { '1': { response: 'PT1H' } },
    });
    expect(set.status).toBe(200);
    expect(set.body.version).toBe(2);
    const reported = await desk.customerB.post('/api/tickets', faultReport(desk.contractB));
    expect(reported.status).toBe(201);
    const response = await desk.auditor.get(
      `/api/tickets/${reported.body.id}/dispute-bundle?after=${reported.body.position}`,
    );
    expect(response.status).toBe(200);
    const bundle = response.body as Bundle;
    expect(bundle.policy.version).toBe(2);
    expect(bundle.policy.slaPolicy.targets['1'].response).toBe('PT1H');
    expect(bundle.policy.source.events.map((e) => [e.revision, e.type, e.data.version])).toEqual([
      [0, 'ContractRegistered', undefined],
      [1, 'SlaPolicySet', 1],
      [2, 'SlaPolicySet', 2],
    ]);
    expect(bundle.sla.result).toMatchObject({
      policyVersion: 2,
      response: { state: 'running', target: 'PT1H' },
    });
  });

  it('is given to manager, headquarters, auditor, admin and the customer of the ticket; refused to others (403)', async () => {
    const path = `/api/tickets/${ticketId}/dispute-bundle`;
    const allowed: [string, ApiClient][] = [
      ['manager', desk.manager],
      ['headquarters', headquarters],
      ['auditor', desk.auditor],
      ['admin', desk.admin],
      ['customer of the ticket', desk.customerA],
    ];
    for (const [who, client] of allowed)
      expect({ who, status: (await client.get(path)).status }).toEqual({ who, status: 200 });
    const refused: [string, ApiClient][] = [
      ['agent', desk.agent],
      ['engineer', desk.engineer],
      ['customer of another organisation', desk.customerB],
    ];
    for (const [who, client] of refused) {
      const response = await client.get(path);
      expect({ who, status: response.status }).toEqual({ who, status: 403 });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await api(desk.app.baseUrl).get(path)).status).toBe(401);
  });

  it('made as of an earlier instant, holds only the events recorded by then and reads the SLA at it', async () => {
    const full = (await desk.auditor.get(`/api/tickets/${ticketId}/dispute-bundle?after=${position}`))
      .body as Bundle & {
      events: { metadata: { recordedAt: string } }[];
    };
    const reportRecorded = full.events[0].metadata.recordedAt;
    expect(Date.parse(full.events[1].metadata.recordedAt)).toBeGreaterThan(Date.parse(reportRecorded));
    const response = await desk.auditor.get(
      `/api/tickets/${ticketId}/dispute-bundle?asOf=${encodeURIComponent(reportRecorded)}`,
    );
    expect(response.status).toBe(200);
    const bundle = response.body as Bundle & { asOf: string };
    expect(bundle.asOf).toBe(new Date(reportRecorded).toISOString());
    expect(bundle.events.map((e) => e.type)).toEqual(['FaultReported']);
    expect(bundle.integrity).toMatchObject({ eventCount: 1, headRevision: 0, headHash: full.events[0].hash });
    expect(bundle.sla.inputs.at).toBe(bundle.asOf);
    // reported six hours before it was recorded, with no response yet: the 30 minutes have run out
    expect(bundle.sla.result.response.state).toBe('breached');

    const before = await desk.auditor.get(
      `/api/tickets/${ticketId}/dispute-bundle?asOf=${encodeURIComponent(at(start, 0))}`,
    );
    expect(before.status).toBe(404);
    expect(before.body.detail).toContain('had not been recorded yet');
    const bad = await desk.auditor.get(`/api/tickets/${ticketId}/dispute-bundle?asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['asOf']);
  });

  it('answers 404 for a ticket that does not exist and 400 naming the id when it is not one', async () => {
    const missing = await desk.manager.get(
      '/api/tickets/00000000-0000-4000-8000-000000000000/dispute-bundle',
    );
    expect(missing.status).toBe(404);
    const bad = await desk.manager.get('/api/tickets/not-a-ticket/dispute-bundle');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['id']);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await fetch(`${desk.app.baseUrl}/docs-json`)).json()) as {
      paths: Record<
        string,
        {
          get?: {
            tags: string[];
            summary: string;
            responses: Record<
              string,
              { content?: Record<string, { schema: { properties: Record<string, unknown> } }> }
            >;
          };
        }
      >;
    };
    const route = document.paths['/api/tickets/{id}/dispute-bundle']?.get;
    expect(route?.tags).toEqual(['disputes']);
    expect(route?.summary).toMatch(/dispute bundle/);
    expect(
      Object.keys(route?.responses['200'].content?.['application/json'].schema.properties ?? {}),
    ).toEqual(expect.arrayContaining(['events', 'integrity', 'policy', 'sla', 'instructions']));
  });
});
