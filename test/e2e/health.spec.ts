import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore, type EventStore } from '#event-store';
import { EVENT_STORE } from '../../apps/service-desk/src/event-store/event-store.token.js';
import { ProjectionStatusRegistry } from '../../apps/service-desk/src/projections/projection-status.registry.js';
import { type StartedApp, startApp } from '../support/start-app.js';

describe('GET /health', () => {
  let service: StartedApp;
  beforeEach(async () => {
    service = await startApp({ env: { LOG_LEVEL: 'fatal' } });
  });
  afterEach(() => service.close());

  const health = () => fetch(`${service.baseUrl}/health`);

  it('is 200 with the sqlite store and no projections, all caught up', async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      details: {
        eventStore: { status: 'up', kind: 'sqlite', headPosition: null },
        projections: { status: 'up', caughtUp: true, projections: [] },
      },
    });
  });

  it('stays outside the /api prefix', async () => {
    expect((await fetch(`${service.baseUrl}/api/health`)).status).toBe(404);
  });

  it('reads the head position from the store file', async () => {
    const writer = new SqliteEventStore({ file: join(service.dataDir, 'events.sqlite') });
    const event = {
      id: randomUUID(),
      type: 'FaultReported',
      data: {},
      metadata: { actor: { id: 't', role: 'agent' }, source: 'api' as const },
    };
    await writer.append('ticket-1', [event, { ...event, id: randomUUID() }], {
      expectedRevision: 'no_stream',
    });
    await writer.close();

    const body = (await (await health()).json()) as { details: { eventStore: { headPosition: string } } };
    expect(body.details.eventStore.headPosition).toBe('2');
  });

  it('is degraded but 200 while a projection catches up, with its lag', async () => {
    const registry = service.app.get(ProjectionStatusRegistry);
    const writer = new SqliteEventStore({ file: join(service.dataDir, 'events.sqlite') });
    const event = {
      id: randomUUID(),
      type: 'FaultReported',
      data: {},
      metadata: { actor: { id: 't', role: 'agent' }, source: 'api' as const },
    };
    await writer.append('ticket-1', [event], { expectedRevision: 'no_stream' });
    await writer.close();
    registry.register('tickets', () => ({ checkpoint: null, caughtUp: false }));

    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      details: {
        projections: {
          status: 'degraded',
          caughtUp: false,
          projections: [{ name: 'tickets', checkpoint: null, head: '1', lag: '1', caughtUp: false }],
        },
      },
    });
  });

  it('is 503 problem+json when a projection has failed', async () => {
    service.app
      .get(ProjectionStatusRegistry)
      .register('tickets', () => ({ checkpoint: 7n, caughtUp: true, error: 'disk full' }));
    const response = await health();
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await response.json()).toMatchObject({
      type: 'urn:service-ledger:problem:health-check-failed',
      status: 503,
      health: { status: 'error', error: { projections: { status: 'down', caughtUp: false } } },
    });
  });

  it('is 503 problem+json when the store cannot be read', async () => {
    await service.app.get<EventStore>(EVENT_STORE).close();
    const response = await health();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 503,
      health: { status: 'error', error: { eventStore: { status: 'down', kind: 'sqlite' } } },
    });
  });
});
