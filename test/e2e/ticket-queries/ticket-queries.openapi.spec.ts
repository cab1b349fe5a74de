import { startApp, type StartedApp } from '../../support/start-app.js';

interface Operation {
  tags: string[];
  summary?: string;
  parameters: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}

describe('OpenAPI of the ticket queries and the audit trail', () => {
  let service: StartedApp;
  let paths: Record<string, { get?: Operation }>;
  beforeAll(async () => {
    service = await startApp();
    paths = ((await (await fetch(`${service.baseUrl}/docs-json`)).json()) as { paths: typeof paths }).paths;
  }, 60_000);
  afterAll(() => service.close());

  const query = (op: Operation) => op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const schema = (op: Operation) => op.responses['200'].content?.['application/json'].schema.$ref;

  it('documents GET /api/tickets with every filter, the sort, the page and ?after', () => {
    const op = paths['/api/tickets'].get!;
    expect(op.tags).toEqual(['tickets']);
    expect(op.summary).toEqual(expect.any(String));
    expect(query(op).sort()).toEqual(
      [
        'after',
        'assignee',
        'contract',
        'cursor',
        'customer',
        'kind',
        'limit',
        'open',
        'q',
        'reportedFrom',
        'reportedTo',
        'severity',
        'sla',
        'sort',
        'status',
        'urgency',
      ].sort(),
    );
    expect(schema(op)).toBe('#/components/schemas/TicketPageDto');
  });

  it('documents the timeline, the as-of view (with `at` required) and the audit trail', () => {
    const timeline = paths['/api/tickets/{id}/timeline'].get!;
    expect(schema(timeline)).toBe('#/components/schemas/TicketTimelineDto');
    const asOf = paths['/api/tickets/{id}/as-of'].get!;
    expect(asOf.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'at', required: true })]),
    );
    const audit = paths['/api/audit'].get!;
    expect(audit.tags).toEqual(['audit']);
    expect(query(audit).sort()).toEqual(
      ['actor', 'after', 'cursor', 'customer', 'from', 'limit', 'order', 'role', 'to', 'type'].sort(),
    );
    expect(schema(audit)).toBe('#/components/schemas/AuditPageDto');
  });
});
