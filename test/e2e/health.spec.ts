import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore, type EventStore } from '#event-store';
import { EVENT_STORE } from '../../apps/service-desk/src/event-store/event-store.token.js';
import { ReadModels } from '../../apps/service-desk/src/projections/projection-host.provider.js';
import { READ_MODEL_PROJECTIONS } from '#projections';
import { ProjectionStatusRegistry } from '../../apps/service-desk/src/projections/projection-status.registry.js';
import { type StartedApp, startApp } from '../support/start-app.js';

describe('GET /health', () => {
  let service: StartedApp;
  beforeEach(async () => {
    service = await startApp({ env: { LOG_LEVEL: 'fatal' } });
  });
  afterEach(() => service.close());

  const health = () => fetch(`${service.baseUrl}/health`);

  const headPosition = async (): Promise<bigint> => {
    const body = (await (await health()).json()) as { details: { eventStore: { headPosition: string } } };
    return BigInt(body.details.eventStore.headPosition);
  };

  it('is 200 with the sqlite store and every read model, caught up', async () => {
    await service.app.get(ReadModels).host.waitFor(await headPosition(), 5000);
    const response = await health();
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      details: { eventStore: { headPosition: string }; projections: { projections: { name: string }[] } };
    };
    expect(body).toMatchObject({
      status: 'ok',
      details: {
        eventStore: { status: 'up', kind: 'sqlite', headPosition: expect.stringMatching(/^\d+$/) },
        projections: { status: 'up', caughtUp: true },
      },
    });
    expect(body.details.projections.projections.map((p) => p.name).sort()).toEqual(
      READ_MODEL_PROJECTIONS.map((p) => p.name).sort(),
    );
    expect(body.details.projections.projections).toEqual(
      READ_MODEL_PROJECTIONS.map(() =>
        expect.objectContaining({ caughtUp: true, lag: '0', head: body.details.eventStore.headPosition }),
      ),
    );
  });

  it('stays outside the /api prefix', async () => {
    expect((await fetch(`${service.baseUrl}/api/health`)).status).toBe(404);
  });

  it('reads the head position from the store file', async () => {
    const before = await headPosition();
    const writer = new SqliteEventStore({ file: join(service.dataDir, 'events.sqlite') });
    const event = {
      id: randomUUID(),
      type: 'ProbeRecorded',
      data: {},
      metadata: { actor: { id: 't', role: 'agent' }, source: 'api' as const },
    };
    await writer.append('probe-1', [event, { ...event, id: randomUUID() }], {
      expectedRevision: 'no_stream',
    });
    await writer.close();

    expect(await headPosition()).toBe(before + 2n);
  });

  it('is degraded but 200 while a projection catches up, with its lag', async () => {
    const registry = service.app.get(ProjectionStatusRegistry);
    const before = await headPosition();
    const writer = new SqliteEventStore({ file: join(service.dataDir, 'events.sqlite') });
    const event = {
      id: randomUUID(),
      type: 'ProbeRecorded',
      data: {},
      metadata: { actor: { id: 't', role: 'agent' }, source: 'api' as const },
    };
    await writer.append('probe-1', [event], { expectedRevision: 'no_stream' });
    await writer.close();
    registry.register('probe-projection', () => ({ checkpoint: null, caughtUp: false }));

    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      details: {
        projections: {
          status: 'degraded',
          caughtUp: false,
          projections: expect.arrayContaining([
            {
              name: 'probe-projection',
              checkpoint: null,
              head: String(before + 1n),
              lag: String(before + 1n),
              caughtUp: false,
            },
          ]),
        },
      },
    });
  });

  it('is 503 problem+json when a projection has failed', async () => {
    service.app
      .get(ProjectionStatusRegistry)
      .register('probe-projection', () => ({ checkpoint: 7n, caughtUp: true, error: 'disk full' }));
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
