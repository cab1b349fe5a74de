import { randomUUID } from 'node:crypto';
import {
  CONTRACT_NAME,
  DESCRIPTION,
  HOSPITAL,
  REPORTER,
  SECOND_FIX,
  writeArchiveStory,
  type ArchiveStory,
} from './archive-story.fixture.js';

describe("a customer's service archive, over HTTP", () => {
  let story: ArchiveStory;
  let path: string;
  beforeAll(async () => {
    story = await writeArchiveStory();
    path = `/api/archive/customers/${story.customerId}`;
  }, 120_000);
  afterAll(() => story.desk.close());

  it('lists every ticket with its cause and fix, escalations and surveys', async () => {
    const { desk, first, second, wang, zhao } = story;
    const answer = await desk.manager.get(`${path}?after=${story.position}`);
    expect(answer.status).toBe(200);
    expect(answer.body.customer).toEqual({ id: story.customerId, ...HOSPITAL });
    expect(answer.body).toMatchObject({ from: null, to: null, nextCursor: null });
    expect(answer.body.tickets).toHaveLength(2);
    expect(answer.body.tickets[0]).toEqual({
      id: first.id,
      serviceNo: first.serviceNo,
      reportedAt: '2026-11-20T15:30:00.000+08:00',
      severity: 1,
      kind: 'complaint',
      urgency: 'urgent',
      status: 'closed',
      channel: 'hotline',
      contractId: story.contractId,
      contractName: CONTRACT_NAME,
      product: { name: 'DIP grouping platform', version: '3.2' },
      description: DESCRIPTION,
      reporter: REPORTER,
      warranty: 'in_warranty',
      policyVersion: 1,
      ...SECOND_FIX,
      resolvedBy: zhao.id,
      resolvedAt: '2026-11-20T22:00:00.000+08:00',
      confirmedAt: '2026-11-21T09:00:00.000+08:00',
      closedAt: '2026-11-21T10:00:00.000+08:00',
      reopenCount: 1,
      escalations: [
        {
          level: 1,
          reason: 'complaint',
          to: 'manager',
          automatic: false,
          note: 'Second failure the same day',
          escalatedBy: wang.id,
          escalatedAt: '2026-11-20T20:10:00.000+08:00',
        },
      ],
      surveys: [
        {
          surveyedAt: '2026-11-21T09:30:00.000+08:00',
          scores: { overall: 4, responseTime: 5, maintenanceQuality: 3 },
          comments: 'A second visit was needed',
          respondent: 'Head of IT Sun (fictional)',
          recordedBy: wang.id,
        },
      ],
    });
    expect(answer.body.tickets[1]).toMatchObject({
      id: second.id,
      serviceNo: second.serviceNo,
      reportedAt: '2026-11-25T10:00:00.000+08:00',
      severity: 4,
      kind: 'request',
      status: 'reported',
      cause: null,
      measures: null,
      resolution: null,
      reopenCount: 0,
      escalations: [],
      surveys: [],
    });
  });

  it('pages with limit and cursor, and filters by report period', async () => {
    const { desk, first, second } = story;
    const ids = (body: { tickets: { id: string }[] }) => body.tickets.map((t) => t.id);
    const page1 = await desk.agent.get(`${path}?limit=1`);
    expect(ids(page1.body)).toEqual([first.id]);
    expect(typeof page1.body.nextCursor).toBe('string');
    const page2 = await desk.agent.get(`${path}?limit=1&cursor=${page1.body.nextCursor}`);
    expect(ids(page2.body)).toEqual([second.id]);
    expect(page2.body.nextCursor).toBeNull();
    const from = encodeURIComponent('2026-11-21T00:00:00+08:00');
    expect(ids((await desk.agent.get(`${path}?from=${from}`)).body)).toEqual([second.id]);
    expect(ids((await desk.agent.get(`${path}?to=${from}`)).body)).toEqual([first.id]);
    const to = encodeURIComponent('2026-11-25T10:00:00+08:00');
    expect(ids((await desk.agent.get(`${path}?from=${from}&to=${to}`)).body)).toEqual([]);
  });

  it('names the field of a bad period, limit or cursor (400)', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['to=2026-11-21', 'to'],
      ['limit=0', 'limit'],
      ['limit=many', 'limit'],
      ['cursor=not%20a%20cursor', 'cursor'],
      ['cursor=bm90LWpzb24', 'cursor'],
      ['colour=red', 'colour'],
    ]) {
      const answer = await story.desk.agent.get(`${path}?${query}`);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it("gives people's contact details only to roles that need them", async () => {
    const byAuditor = await story.desk.auditor.get(path);
    expect(byAuditor.status).toBe(200);
    expect(byAuditor.body.tickets[0].reporter).toEqual({ name: REPORTER.name });
    const byContact = await story.contact.get(path);
    expect(byContact.body.tickets[0].reporter).toEqual(REPORTER);
  });

  it("lets a customer contact read only its own organisation's archive", async () => {
    expect((await story.contact.get(path)).status).toBe(200);
    const other = await story.desk.customerB.get(path);
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('is read by every staff role', async () => {
    const { desk, headquarters } = story;
    const readers = { ...desk, headquarters };
    for (const role of ['manager', 'headquarters', 'auditor', 'admin', 'agent', 'engineer'] as const) {
      const answer = await readers[role].get(path);
      expect({ role, status: answer.status }).toEqual({ role, status: 200 });
    }
  });

  it('is described in OpenAPI with its parameters and response schemas', async () => {
    const document = (await (await fetch(`${story.desk.app.baseUrl}/docs-json`)).json()) as {
      paths: Record<
        string,
        { get?: { parameters?: { name: string }[]; responses: Record<string, unknown> } }
      >;
    };
    const routes = [
      '/api/archive/customers/{id}',
      '/api/archive/tickets/{id}/forms',
      '/api/archive/tickets/{id}/forms/service-record',
      '/api/archive/tickets/{id}/forms/maintenance-request',
      '/api/archive/tickets/{id}/forms/problem-record',
      '/api/archive/tickets/{id}/forms/problem-feedback',
      '/api/archive/tickets/{id}/forms/satisfaction-survey',
    ];
    for (const route of routes) {
      const get = document.paths[route]?.get;
      expect({ route, ok: JSON.stringify(get?.responses['200'] ?? null) }).toEqual({
        route,
        ok: expect.stringContaining('#/components/schemas/'),
      });
    }
    const parameters = document.paths['/api/archive/customers/{id}'].get!.parameters!.map((p) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(['id', 'from', 'to', 'limit', 'cursor', 'after']));
  });

  it('answers 404 for an unknown customer', async () => {
    const answer = await story.desk.manager.get(`/api/archive/customers/${randomUUID()}`);
    expect(answer.status).toBe(404);
  });
});
