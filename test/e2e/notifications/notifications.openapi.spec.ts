import { type StartedApp, startApp } from '../../support/start-app.js';

interface Operation {
  tags?: string[];
  summary?: string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe('OpenAPI documents the notifications and the event stream', () => {
  let service: StartedApp;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    service = await startApp();
    paths = ((await (await fetch(`${service.baseUrl}/docs-json`)).json()) as { paths: typeof paths }).paths;
  });
  afterAll(() => service.close());

  const parameters = (op: Operation) => (op.parameters ?? []).map((p) => `${p.in}:${p.name}`);

  it('lists, marks read and shows the delivery log', () => {
    const list = paths['/api/notifications'].get;
    expect(list.tags).toEqual(['notifications']);
    expect(list.summary).toBeTruthy();
    expect(parameters(list)).toEqual(
      expect.arrayContaining(['query:unread', 'query:since', 'query:limit', 'query:cursor', 'query:after']),
    );
    expect(list.responses['200'].content).toBeDefined();
    expect(list.responses['403']).toBeDefined();

    const read = paths['/api/notifications/{id}/read'].post;
    expect(read.tags).toEqual(['notifications']);
    expect(parameters(read)).toEqual(expect.arrayContaining(['path:id']));
    expect(read.responses['404']).toBeDefined();

    const deliveries = paths['/api/notifications/deliveries'].get;
    expect(parameters(deliveries)).toEqual(
      expect.arrayContaining(['query:notification', 'query:limit', 'query:cursor']),
    );
  });

  it('describes the event stream: text/event-stream, Last-Event-ID, ?ticket, ?lastEventId, and its tickets', () => {
    const stream = paths['/api/events/stream'].get;
    expect(stream.tags).toEqual(['live events']);
    expect(Object.keys(stream.responses['200'].content ?? {})).toEqual(['text/event-stream']);
    expect(parameters(stream)).toEqual(
      expect.arrayContaining(['header:Last-Event-ID', 'query:ticket', 'query:lastEventId']),
    );
    expect(stream.responses['401']).toBeDefined();
    expect(stream.responses['429']).toBeDefined();
    expect(parameters(stream)).not.toContain('query:access_token');
    expect(paths['/api/events/ticket'].post.responses['200']).toBeDefined();
  });
});
