import { type StartedApp, startApp } from '../support/start-app.js';
import { ProbeModule } from './fixtures/probe.module.js';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

describe('Errors are answered as RFC 9457 problem+json', () => {
  let service: StartedApp;
  beforeAll(async () => {
    // LOG_LEVEL=fatal: the 500 below is logged with its stack at 'error', which is right but noisy here.
    service = await startApp({ imports: [ProbeModule], env: { LOG_LEVEL: 'fatal' } });
  });
  afterAll(() => service.close());

  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${service.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  async function problemOf(response: Response) {
    expect(response.headers.get('content-type')).toBe(PROBLEM_JSON);
    return (await response.json()) as Record<string, unknown>;
  }

  it('answers an unknown route with 404', async () => {
    const response = await fetch(`${service.baseUrl}/api/no-such-thing?x=1`);
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: expect.stringContaining('/api/no-such-thing'),
      instance: '/api/no-such-thing',
    });
  });

  it('answers a malformed JSON body with 400, not 500', async () => {
    const response = await post('/api/probe/intake', '{"summary": "printer on fire",');
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({
      type: 'urn:service-ledger:problem:malformed-body',
      title: 'Bad Request',
      status: 400,
      instance: '/api/probe/intake',
    });
  });

  it('answers an empty JSON body with 400', async () => {
    const response = await post('/api/probe/intake', '');
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ type: 'urn:service-ledger:problem:malformed-body' });
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await post('/api/probe/intake', 'summary=printer', 'text/plain');
    expect(response.status).toBe(415);
    expect(await problemOf(response)).toMatchObject({ title: 'Unsupported Media Type', status: 415 });
  });

  it('answers a body over 1 MiB with 413', async () => {
    const response = await post('/api/probe/intake', JSON.stringify({ summary: 'x'.repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ title: 'Payload Too Large', status: 413 });
  });

  it('names every failing field by its path, nested objects and array items included', async () => {
    const response = await post(
      '/api/probe/intake',
      JSON.stringify({
        summary: 42,
        contact: { name: '', phone: 'call me' },
        lines: [{ quantity: 2 }, { quantity: 0 }],
        priority: 'high',
      }),
    );
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ type: 'urn:service-ledger:problem:validation-failed', status: 400 });
    const errors = problem.errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(
      ['contact.name', 'contact.phone', 'lines[1].quantity', 'priority', 'summary'].sort(),
    );
    expect(errors).toContainEqual({
      field: 'lines[1].quantity',
      message: 'lines[1].quantity must not be less than 1',
    });
    expect(errors).toContainEqual({ field: 'priority', message: 'property priority should not exist' });
  });

  it('answers a POST without a body with 400 naming the required fields', async () => {
    const response = await fetch(`${service.baseUrl}/api/probe/intake`, { method: 'POST' });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect((problem.errors as { field: string }[]).map((e) => e.field)).toEqual(
      expect.arrayContaining(['summary', 'contact', 'lines']),
    );
  });

  it('hands a valid body to the handler as a DTO instance', async () => {
    const body = {
      summary: 'printer on fire',
      contact: { name: 'Li Wei', phone: '+86 10 1234 5678' },
      lines: [{ quantity: 1 }],
    };
    const response = await post('/api/probe/intake', JSON.stringify(body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: body, isDto: true });
  });

  it('answers an event the store refuses with 400 naming the field', async () => {
    const response = await post(
      '/api/probe/streams/ticket-1/events',
      JSON.stringify({ type: '1 not a type', data: {}, expectedRevision: 'no_stream' }),
    );
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({
      type: 'urn:service-ledger:problem:invalid-event',
      errors: [{ field: 'events[0].type', message: expect.stringMatching(/^events\[0\]\.type /) }],
    });
  });

  it('answers a write against a stale revision with 409 and the current revision', async () => {
    const append = () =>
      post(
        '/api/probe/streams/ticket-2/events',
        JSON.stringify({ type: 'FaultReported', data: {}, expectedRevision: 'no_stream' }),
      );
    expect((await append()).status).toBe(201);
    const response = await append();
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({
      type: 'urn:service-ledger:problem:wrong-expected-revision',
      status: 409,
      stream: 'ticket-2',
      expectedRevision: 'no_stream',
      currentRevision: 0,
    });
  });

  it('answers an unexpected error with 500 and a generic message, leaking nothing', async () => {
    const response = await fetch(`${service.baseUrl}/api/probe/crash`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(response.headers.get('content-type')).toBe(PROBLEM_JSON);
    expect(JSON.parse(text)).toEqual({
      type: 'urn:service-ledger:problem:internal-error',
      title: 'Internal Server Error',
      status: 500,
      detail: expect.any(String),
      instance: '/api/probe/crash',
    });
    expect(text).not.toMatch(/hunter2|10\.0\.0\.7|\.ts:\d+|at /);
  });
});
